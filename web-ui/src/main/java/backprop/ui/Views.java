package backprop.ui;

import backprop.engine.Experiment;
import backprop.engine.Preset;
import backprop.engine.PresetCodec;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** Every view of the page, drawn together once per frame when something changed. */
final class Views {
    final Controls controls;
    final StatusView status = new StatusView();
    final Notice notice;
    private final BoundaryView boundary = new BoundaryView((HTMLCanvasElement) Dom.byId("heatmap"));
    private final NetworkView network = new NetworkView((HTMLCanvasElement) Dom.byId("network"));

    Views(Controller controller) {
        this.controls = new Controls(controller);
        this.notice = new Notice(Dom.byId("notice"), controller::reset);
    }

    void draw(Experiment experiment, Preset preset, boolean playing) {
        boundary.draw(experiment, preset.showTestData, preset.discretize);
        network.draw(experiment);
        status.draw(experiment.trainer(), PresetCodec.encode(preset), playing);
    }
}
