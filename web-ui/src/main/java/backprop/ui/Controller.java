package backprop.ui;

import backprop.engine.DecodeResult;
import backprop.engine.Experiment;
import backprop.engine.Preset;
import backprop.engine.PresetCodec;
import backprop.engine.Rng;
import backprop.engine.WeightsSnapshot;
import java.util.List;
import org.teavm.jso.browser.Window;

/**
 * The page's one controller: it owns the playground state (a {@link Preset}),
 * the running {@link Experiment} and the one animation loop. Controls change
 * state only through {@link #change}; views only read and draw.
 */
final class Controller {
    /** Training time per animation frame, leaving the rest of a 16 ms frame for drawing. */
    private static final double TRAIN_BUDGET_MILLIS = 10;

    private final String engine;
    private final Views views;
    private final HashSync hash;
    private Preset preset;
    private Experiment experiment;
    private boolean playing;
    private boolean dirty = true;

    Controller(String engine, HashSync hash) {
        this.engine = engine;
        this.hash = hash;
        this.views = new Views(this);
    }

    /** Reads the state from the address, builds the experiment and starts the animation loop. */
    void start(String warning) {
        DecodeResult decoded = PresetCodec.decode(hash.read());
        preset = decoded.preset;
        boolean seeded = !preset.seed.isEmpty();
        if (!seeded) {
            preset.seed = freshSeed();
        }
        rebuild();
        views.controls.show(preset);
        views.notice.showProblems(decoded.problems, warning);
        hash.write(PresetCodec.encode(preset));
        hash.onExternalChange(this::applyHash);
        views.status.setEngine(engine);
        Window.requestAnimationFrame(this::frame);
    }

    // ---- the animation loop -------------------------------------------------------------

    private void frame(double timestamp) {
        if (playing && !experiment.trainer().diverged()) {
            double end = Dom.now() + TRAIN_BUDGET_MILLIS;
            do {
                experiment.trainer().trainEpoch();
            } while (Dom.now() < end && !experiment.trainer().diverged());
            dirty = true;
            if (experiment.trainer().diverged()) {
                pause();
                views.notice.showDivergence();
            }
        }
        if (dirty) {
            views.draw(experiment, preset, playing);
            dirty = false;
        }
        Window.requestAnimationFrame(this::frame);
    }

    // ---- actions ------------------------------------------------------------------------

    void play() {
        if (experiment.trainer().diverged()) {
            return;
        }
        playing = true;
        views.controls.showPlaying(true);
        dirty = true;
    }

    void pause() {
        playing = false;
        views.controls.showPlaying(false);
        dirty = true;
    }

    void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Trains exactly one epoch (pausing first, as TensorFlow Playground's step does). */
    void step() {
        pause();
        if (!experiment.trainer().diverged()) {
            experiment.trainer().trainEpoch();
        }
        dirty = true;
    }

    /** Starts over from the same seed: the same data and the same initial weights. */
    void reset() {
        pause();
        rebuild();
        views.notice.clearDivergence();
    }

    /** A new seed: new data, new initial weights. */
    void newSeed() {
        change(p -> p.seed = freshSeed(), Effect.NEW_DATA);
    }

    /**
     * Applies an edit of the state. {@code effect} says what the edit invalidates:
     * nothing but the drawing, the training settings only, the network, or the data.
     */
    void change(Edit edit, Effect effect) {
        edit.apply(preset);
        apply(effect);
        hash.write(PresetCodec.encode(preset));
        views.controls.show(preset);
        dirty = true;
    }

    private void apply(Effect effect) {
        switch (effect) {
            case VIEW:
                break;
            case TRAINING:
                experiment.applyTrainingSettings(preset);
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
        preset = next;
        apply(effect);
        views.notice.showProblems(decoded.problems, "");
        hash.write(PresetCodec.encode(preset));
        views.controls.show(preset);
        dirty = true;
    }

    private void rebuild() {
        experiment = Experiment.create(preset);
        dirty = true;
    }

    private String freshSeed() {
        Rng rng = new Rng(Rng.hash(preset == null ? "" : preset.seed) ^ (int) (Dom.now() * 1000));
        int digits = rng.nextInt(100000);
        String text = Integer.toString(digits);
        while (text.length() < 5) {
            text = "0" + text;
        }
        return "0." + text;
    }

    // ---- read-outs for the automation API ----------------------------------------------

    String state() {
        return PresetCodec.encode(preset);
    }

    int epoch() {
        return experiment.trainer().epoch();
    }

    double trainLoss() {
        return experiment.trainer().trainLoss();
    }

    double testLoss() {
        return experiment.trainer().testLoss();
    }

    String weights() {
        return WeightsSnapshot.export(experiment.network());
    }

    boolean playing() {
        return playing;
    }

    Preset preset() {
        return preset;
    }

    /** An edit of the playground state. */
    interface Edit {
        void apply(Preset preset);
    }

    /** Helper for the notice's list of problems. */
    static String joinProblems(List<String> problems) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(problems.get(i));
        }
        return text.toString();
    }
}
