package backprop.ui;

import backprop.engine.train.Experiment;
import backprop.engine.train.LossHistory;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.Trace;
import backprop.ui.base.Dom;
import backprop.ui.base.Notice;
import backprop.ui.base.Target;
import backprop.ui.explain.ExplainPart;
import backprop.ui.lessons.LessonsPart;
import backprop.ui.plot.BoundaryView;
import backprop.ui.plot.Inspector;
import backprop.ui.plot.LossChart;
import backprop.ui.plot.NetworkView;
import backprop.ui.plot.RatioChart;
import backprop.ui.remote.DatasetPanel;
import backprop.ui.remote.EmbedLinks;
import backprop.ui.remote.Exports;
import backprop.ui.remote.Gallery;
import backprop.ui.remote.SharePanel;
import backprop.ui.textbook.TextbookPart;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/** Every view of the page, drawn together once per frame when something changed. */
final class Views {
    final Controls controls;
    final StatusView status = new StatusView();
    final Notice notice;
    private final Controller controller;
    private final BoundaryView boundary = new BoundaryView((HTMLCanvasElement) Dom.byId("heatmap"));
    private final NetworkView network;
    private final Inspector inspector;
    private final LossChart chart = new LossChart((HTMLCanvasElement) Dom.byId("loss-chart"));
    private final ReshapeView reshape = new ReshapeView(chart);
    private final ScheduleView schedule = new ScheduleView(chart);
    /** Whether this frame refreshes the plot; see {@link #draw}. */
    private boolean plotsTurn;
    private final DatasetPanel uploads;
    private final RatioChart ratios = new RatioChart((HTMLCanvasElement) Dom.byId("ratio-chart"));
    private final HTMLElement caption = Dom.byId("heatmap-caption");
    private final LessonsPart lessons;
    private final LearningRateNote learningRate = new LearningRateNote();
    private final TextbookPart textbook;
    private final EmbedLinks embed = new EmbedLinks();

    Views(Controller controller, LessonsPart lessons, TextbookPart textbook) {
        this.controller = controller;
        this.lessons = lessons;
        this.textbook = textbook;
        this.controls = new Controls(controller);
        this.notice = new Notice(Dom.byId("notice"), controller::reset);
        this.network = new NetworkView((HTMLCanvasElement) Dom.byId("network"), controller);
        this.inspector = new Inspector(controller,
                label -> controller.liveReshape().record(controller.experiment(), controller.preset(), label));
        network.editWith(inspector);
        new PointPicker(boundary, controller);
        new PlotKeys(boundary, controller);
        new PlotReadout(boundary, controller);
        new Exports(controller);
        // Share links, the gallery, uploaded datasets.
        new SharePanel(controller);
        new Gallery();
        this.uploads = new DatasetPanel(controller, controller.uploads().store());
    }

    void draw(Experiment experiment, Preset preset, boolean playing, LossHistory history) {
        Target shown = controller.shownNeuronTarget();
        String state = PresetCodec.encode(preset);
        ExplainPart explaining = controller.explaining();
        Trace trace = explaining.trace();
        boolean after = trace != null && explaining.showAfter(preset);
        // While a network with a costly plot trains, the plot and the diagram take turns (each is
        // refreshed every other frame), and the frame's training gets the time.
        boolean turns = playing && boundary.costly();
        plotsTurn = !turns || !plotsTurn;
        if (plotsTurn) {
            boundary.widenScale(preset.activeDataset().typed() && preset.datasetId.isEmpty() && preset.digits == null);
            boundary.draw(experiment, after ? trace.after() : experiment.network(), preset.showTestData,
                    preset.discretize, shown == null ? -1 : shown.layer, shown == null ? -1 : shown.index,
                    preset.explainTest, trace == null ? -1 : preset.explainIndex, playing);
        }
        if (!turns || !plotsTurn) {
            network.draw(experiment, controller.pointer().hovered(), controller.pointer().selected(), explaining.overlay(trace, preset),
                    preset.showChanges);
        }
        inspector.draw(experiment, controller.pointer().hovered(), controller.pointer().x(), controller.pointer().y(),
                trace == null ? controller.pointer().selected() : null);
        explaining.draw(experiment, preset, trace, controller.pointer().selected(), state);
        chart.draw(history, preset.logLoss, experiment.classes() != 0);
        ratios.draw(controller.ratios(), experiment.network(), experiment.trainer().updates(), playing,
                learningRate.draw(experiment, preset.learningRate, history, playing));
        reshape.draw(controller.liveReshape(), history);
        schedule.draw(experiment.trainer(), preset, history, controller.stops());
        status.draw(experiment, state, playing, history.size());
        embed.draw(preset, state);
        uploads.show(preset, controller.uploads().loading());
        textbook.draw(preset);
        lessons.sync(preset);
        String what = shown == null ? "The network's output" : "The output of " + Inspector.describe(experiment, shown);
        Dom.setText(caption, what + " over the input plane"
                + (after ? " after the explained update" : "") + (trace == null ? "" : " (the example: red ring)"));
    }
}
