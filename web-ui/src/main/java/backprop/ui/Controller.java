package backprop.ui;

import backprop.engine.data.DataPoints;
import backprop.engine.state.DecodeResult;
import backprop.engine.train.Experiment;
import backprop.engine.train.LossHistory;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.nn.Rng;
import backprop.engine.train.UpdateRatios;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Notice;
import backprop.ui.base.Playground;
import backprop.ui.base.Pointer;
import backprop.ui.base.Target;
import backprop.ui.compare.ComparePart;
import backprop.ui.digits.DigitsPart;
import backprop.ui.explain.ExplainPart;
import backprop.ui.remote.SharedLink;
import backprop.ui.remote.UploadedData;
import org.teavm.jso.browser.Window;

/**
 * The page's one controller: it owns the playground state (a {@link Preset}),
 * the running {@link Experiment}, what the pointer is on, and the one
 * animation loop. Controls and views change state only through its methods;
 * views only read and draw.
 */
final class Controller implements Playground {
    private final String engine;
    private final HashSync hash;
    private final BuildParts parts;
    private final ExplainPart explaining;
    private final Views views;
    /** The loss history and update ratios of the run, for the charts. */
    private final RunRecord record = new RunRecord();
    /** Counts rebuilt experiments, so that views can tell a new one from a changed one. */
    private int generation;
    private final LiveReshape reshape = new LiveReshape();
    private Preset preset;
    private Experiment experiment;
    /** The uploaded points the run was built on (null: a generated dataset), for the compare mode. */
    private DataPoints runPoints;
    /** Whether the run plays, and what a playing frame trains (with the run's stop conditions). */
    private final Playing playing = new Playing();
    private boolean dirty = true;
    private final Pointer pointer = new Pointer();
    /** The digits mode: while on, the frame trains digits instead of the 2-D data. */
    private final DigitsPart digits;
    /** The compare mode: while on, the frame trains its two runs instead of the playground's. */
    private final ComparePart compare;
    /** Uploaded datasets arrive from the server after the state names them. */
    private final UploadedData uploads = new UploadedData(this);

    Controller(String engine, HashSync hash, BuildParts parts) {
        this.engine = engine;
        this.hash = hash;
        this.parts = parts;
        this.views = new Views(this, parts.lessons(this), parts.textbook(this));
        this.explaining = parts.explain(this);
        this.digits = parts.digits(this);
        this.compare = parts.compare(this);
    }

    /** Reads the state from the address, builds the experiment and starts the animation loop. */
    void start(String warning) {
        boolean hashGiven = !hash.read().isEmpty();
        DecodeResult decoded = PresetCodec.decode(hash.read());
        preset = decoded.preset;
        if (preset.seed.isEmpty()) {
            preset.seed = freshSeed();
        }
        rebuild();
        parts.started(this);
        explaining.checkExample();
        views.controls.show(preset);
        digits.sync(preset);
        compare.sync(preset);
        views.notice.showProblems(decoded.problems, warning);
        hash.write(PresetCodec.encode(preset));
        hash.onExternalChange(this::applyHash);
        views.status.setEngine(engine);
        SharedLink.openIfShared(this, views.notice, hashGiven);
        Window.current().addEventListener("resize", event -> dirty = true);
        Window.requestAnimationFrame(this::frame);
    }

    // ---- the animation loop -------------------------------------------------------------

    /**
     * One animation frame. While training, the views draw first (what the last frame trained),
     * so that training can take what this frame has left (see {@link FramePacer}).
     */
    private void frame(double timestamp) {
        playing.frameStarted(timestamp, Dom.now());
        boolean training = !digits.active() && !compare.active() && playing.on() && !experiment.trainer().diverged();
        if (digits.active()) {
            digits.frame(playing.on());
        } else if (compare.active()) {
            compare.frame(playing.on());
        }
        explaining.tick();
        boolean drew = dirty;
        if (dirty) {
            views.draw(experiment, preset, playing.on(), record.history);
            dirty = false;
        }
        if (training) {
            boolean goesOn = playing.train(experiment.trainer(), preset.speed, this::recordHistory);
            dirty = true;
            if (!goesOn) {
                pause();
                if (experiment.trainer().diverged()) {
                    views.notice.showDivergence();
                }
            }
        }
        playing.frameEnded(Dom.now(), drew);
        Window.requestAnimationFrame(this::frame);
    }

    public void recordHistory() {
        record.record(experiment);
    }

    // ---- actions ------------------------------------------------------------------------

    void play() {
        if (digits.active() ? digits.diverged() : experiment.trainer().diverged()) {
            return;
        }
        if (preset.explaining()) {
            explaining.exit();
        }
        playing.start(preset, experiment.trainer());
        views.controls.showPlaying(true);
        dirty = true;
    }

    public void pause() {
        playing.stop();
        views.controls.showPlaying(false);
        dirty = true;
    }

    void togglePlay() {
        if (playing.on()) {
            pause();
        } else {
            play();
        }
    }

    /** Trains exactly one epoch (pausing first, as TensorFlow Playground's step does). */
    void step() {
        pause();
        if (preset.explaining()) {
            explaining.exit();
        }
        if (digits.active()) {
            digits.step();
        } else if (compare.active()) {
            compare.step();
        } else if (!experiment.trainer().diverged()) {
            experiment.trainer().trainEpoch();
            recordHistory();
            if (experiment.trainer().diverged()) {
                views.notice.showDivergence();
            }
        }
        dirty = true;
    }

    /** Starts over from the same seed: the same data and the same initial weights. */
    void reset() {
        pause();
        rebuild();
        digits.reset();
        compare.reset();
    }

    /** A new seed: new data, new initial weights. */
    void newSeed() {
        change(p -> p.seed = freshSeed(), Effect.NEW_DATA);
    }

    public void change(Edit edit, Effect effect) {
        Preset before = preset.copy();
        edit.apply(preset);
        apply(effect, before);
        playing.settingsChanged(preset, experiment.trainer());
        hash.write(PresetCodec.encode(preset));
        views.controls.show(preset);
        digits.sync(preset);
        compare.sync(preset);
        dirty = true;
    }

    public void changeRun(RunEdit edit) {
        edit.apply(experiment, record.history);
        dirty = true;
    }

    private void apply(Effect effect, Preset before) {
        switch (effect) {
            case VIEW:
                break;
            case TRAINING:
                experiment.applyTrainingSettings(preset);
                break;
            case TASK:
                experiment.applyTask(preset);
                record.history.clear();
                recordHistory();
                break;
            case RESHAPE:
                reshapeLive(before);
                break;
            case NETWORK:
            case NEW_DATA:
                pause();
                rebuild();
                break;
            default:
                throw new IllegalStateException("unknown effect " + effect);
        }
    }

    /** A hash pasted or edited by the user: applied live, with a notice for what could not be read. */
    private void applyHash(String newHash) {
        DecodeResult decoded = PresetCodec.decode(newHash);
        Preset next = decoded.preset;
        if (next.seed.isEmpty()) {
            next.seed = preset.seed;
        }
        Effect effect = Effect.between(preset, next);
        Preset before = preset;
        preset = next;
        apply(effect, before);
        if (preset.explaining()) {
            pause();
        } else {
            playing.settingsChanged(preset, experiment.trainer());
        }
        explaining.checkExample();
        views.notice.showProblems(decoded.problems, "");
        hash.write(PresetCodec.encode(preset));
        views.controls.show(preset);
        digits.sync(preset);
        compare.sync(preset);
        dirty = true;
    }

    private void rebuild() {
        DataPoints uploaded = uploads.points(preset);
        if (uploads.loading() && experiment != null) {
            dirty = true; // the current run stays until the uploaded points arrive
            return;
        }
        experiment = uploaded == null ? Experiment.create(preset)
                : Experiment.create(preset, uploaded, Rng.fromSeed(preset.seed + "|data"));
        runPoints = uploaded;
        views.status.setPoints(experiment.trainPoints().size() + experiment.testPoints().size());
        generation++;
        pointer.clear();
        record.clear();
        playing.stops().clear();
        recordHistory();
        reshape.clear();
        views.notice.clearDivergence();
        dirty = true;
        uploads.built();
    }

    // ---- uploaded datasets and share links -------------------------------------

    /** The uploaded datasets the state names: whether one is loading, and the store they come from. */
    UploadedData uploads() {
        return uploads;
    }

    public DataPoints uploadedPoints() {
        return runPoints;
    }

    public void whenDataReady(Runnable action) {
        uploads.whenReady(action);
    }

    public void applyState(String state) {
        applyHash(state);
    }

    // ---- changing the network while it learns (see LiveReshape) -------------------------

    /** Shape, features or activation changed: reshape the running network, or start over if asked to. */
    private void reshapeLive(Preset before) {
        if (preset.startOver || !reshape.apply(experiment, before, preset)) {
            pause();
            rebuild();
            return;
        }
        experiment.applyTrainingSettings(preset); // the dropout rates, when they changed along
        pointer.clear();
        dirty = true;
    }

    /** Puts the network back as it was before the last live change (Ctrl/Cmd+Z); training state goes on. */
    void undo() {
        Preset restored = reshape.undo(experiment, preset);
        if (restored == null) {
            return;
        }
        preset = restored;
        if (experiment.network().outputActivation() != preset.outputActivation(experiment.classes())) {
            experiment.applyTask(preset);
        }
        experiment.applyTrainingSettings(preset);
        record.history.truncateAfter(experiment.trainer().epoch());
        recordHistory();
        pointer.clear();
        if (!experiment.trainer().diverged()) {
            views.notice.clearDivergence();
        }
        hash.write(PresetCodec.encode(preset));
        views.controls.show(preset);
        dirty = true;
    }

    LiveReshape liveReshape() {
        return reshape;
    }

    private String freshSeed() {
        return Rng.seedText(Rng.hash(preset == null ? "" : preset.seed) ^ (int) (Dom.now() * 1000));
    }

    ExplainPart explaining() {
        return explaining;
    }

    public Notice notice() {
        return views.notice;
    }

    public int generation() {
        return generation;
    }

    public void writeHash() {
        hash.write(PresetCodec.encode(preset));
    }

    RunStops stops() {
        return playing.stops();
    }

    UpdateRatios ratios() {
        return record.ratios;
    }

    public Experiment experiment() {
        return experiment;
    }

    public void redraw() {
        dirty = true;
    }

    // ---- the network diagram ------------------------------------------------------------

    public void hover(Target target, double x, double y) {
        if (pointer.hover(target, x, y)) {
            dirty = true;
        }
    }

    public void select(Target target) {
        if (preset.explaining()) {
            // While explaining, a click shows that part's arithmetic and changes nothing.
            pointer.select(target, false);
            dirty = true;
            return;
        }
        if (target != null && target.kind == Target.Kind.FEATURE) {
            int builtIn = backprop.engine.data.Feature.values().length;
            if (target.index < builtIn) {
                views.controls.toggleFeature(backprop.engine.data.Feature.values()[target.index]);
            } else {
                views.controls.removeTyped(target.index - builtIn); // a typed input has no "off": it goes (undoable)
            }
            return;
        }
        pointer.select(target, true);
        dirty = true;
    }

    public boolean shownNeuron(int layer, int index) {
        Target t = shownNeuronTarget();
        return t != null && t.layer == layer && t.index == index;
    }

    /** The hidden neuron the output plot shows (hovered first, else selected), or null for the output. */
    Target shownNeuronTarget() {
        return pointer.shownNeuron(experiment.network().depth());
    }

    public LossHistory history() {
        return record.history;
    }

    public Pointer pointer() {
        return pointer;
    }

    boolean playing() {
        return playing.on();
    }

    public Preset preset() {
        return preset;
    }
}
