package backprop.ui.digits;

import backprop.engine.nn.Activation;
import backprop.engine.digits.Digits;
import backprop.engine.state.DigitsConfig;
import backprop.engine.digits.DigitsExperiment;
import backprop.engine.nn.Init;
import backprop.engine.state.Preset;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import java.util.Arrays;

/**
 * The digits mode of the page ({@code digits=five|digit} in the address): the controller
 * delegates to it while it is on. It owns the downloaded digits (kept for the session), the
 * {@link DigitsExperiment} built from the {@link Preset}'s digits keys, the accuracy curve and
 * what the person picked (a test digit, a confusion-matrix cell, a drawing). Each animation
 * frame it trains for a time budget, advances the test evaluation by a few slices (a whole pass
 * of 2,000 digits would be a long task) and has {@link DigitsViews} draw what changed.
 */
public final class DigitsMode implements DigitsPart {
    /** Training time per frame and test-evaluation time per frame (while playing / paused). */
    static final double TRAIN_MILLIS = 10;
    static final double EVAL_MILLIS_PLAYING = 3;
    static final double EVAL_MILLIS_PAUSED = 10;
    static final int EVAL_SLICE = 32;
    /** While training, the network's pictures are redrawn at most this often (about 12 per second). */
    static final double NETWORK_DRAW_MILLIS = 80;

    enum State { LOADING, DECODING, BUILDING, READY, FAILED }

    private final Playground controller;
    private final DigitsViews views;
    private final AccuracyCurve curve = new AccuracyCurve();
    private final FrameTiming timing = new FrameTiming();
    private boolean active;
    private State state = State.LOADING;
    private boolean loadStarted;
    private byte[] downloaded;
    private Digits data;
    private DigitsExperiment experiment;
    private DigitsConfig wanted;
    private String error = "";
    private double playStart = -1;
    private boolean passRunning;
    private double passStartMillis;
    private int selectedTest;
    private int cellActual = -1;
    private int cellPredicted = -1;
    private double[] drawn;
    private boolean networkChanged = true;
    private boolean inputChanged = true;
    private boolean resultsChanged = true;
    private double lastNetworkDraw = -1e9;

    public DigitsMode(Playground controller) {
        this.controller = controller;
        this.views = new DigitsViews(this, controller);
    }

    @Override
    public boolean active() {
        return active;
    }

    /** Follows the state after every change: switches the mode, rebuilds the run or applies settings live. */
    @Override
    public void sync(Preset p) {
        boolean on = p.digits != null;
        if (on != active) {
            active = on;
            views.showMode(on);
        }
        views.controls.show(p);
        if (!on) {
            return;
        }
        DigitsConfig next = config(p);
        wanted = next;
        if (data == null) {
            startLoading();
            return;
        }
        if (experiment == null || needsRebuild(experiment.config(), next)) {
            if (state == State.READY || state == State.FAILED) {
                build();
            }
        } else {
            experiment.applyTrainingSettings(next);
        }
    }

    /** The run's settings from the state; the TF Playground uniform init becomes He (ReLU family) or Xavier. */
    static DigitsConfig config(Preset p) {
        DigitsConfig c = new DigitsConfig();
        c.task = p.digits;
        c.side = p.digitSide;
        c.hidden = p.digitLayers.clone();
        c.activation = p.activation;
        boolean reluLike = p.activation == Activation.RELU || p.activation == Activation.LEAKY_RELU
                || p.activation == Activation.ELU;
        c.init = p.init != Init.DEFAULT ? p.init : reluLike ? Init.HE : Init.XAVIER;
        c.learningRate = p.learningRate;
        c.batchSize = p.batchSize;
        c.optimizer = p.optimizer;
        c.seed = p.seed;
        return c;
    }

    private static boolean needsRebuild(DigitsConfig a, DigitsConfig b) {
        return a.task != b.task || a.side != b.side || !Arrays.equals(a.hidden, b.hidden) || a.activation != b.activation
                || a.init != b.init || !a.seed.equals(b.seed);
    }

    // ---- loading ---------------------------------------------------------------------------

    private void startLoading() {
        if (loadStarted) {
            return;
        }
        loadStarted = true;
        state = State.LOADING;
        error = "";
        views.showLoading(0, 1);
        DigitsLoader.load(new DigitsLoader.Listener() {
            @Override
            public void progress(int received, int total) {
                views.showLoading(received, total);
            }

            @Override
            public void loaded(byte[] file) {
                downloaded = file;
                state = State.DECODING;
                views.showPreparing("Reading the digits…");
            }

            @Override
            public void failed(String message) {
                fail(message);
            }
        });
    }

    /** Tries the download again after a failure. */
    void retry() {
        loadStarted = false;
        if (data == null) {
            startLoading();
        } else {
            build();
        }
    }

    private void fail(String message) {
        state = State.FAILED;
        error = message;
        controller.pause();
        views.showError(message);
    }

    // ---- the animation frame ---------------------------------------------------------------

    @Override
    public void frame(boolean playing) {
        if (!active) {
            return;
        }
        if (state == State.DECODING) {
            decode();
            return;
        }
        if (state == State.BUILDING) {
            build();
            return;
        }
        if (state != State.READY) {
            views.drawStatus(this);
            return;
        }
        Trainer trainer = experiment.trainer();
        double t0 = Dom.now();
        boolean firstPlayingFrame = false;
        if (playing && !trainer.diverged()) {
            if (playStart < 0) {
                playStart = Dom.now();
                firstPlayingFrame = true;
            }
            trainer.trainFor(TRAIN_MILLIS);
            networkChanged = true;
            if (trainer.diverged()) {
                controller.pause();
                views.showError("Training diverged: the loss is no longer a finite number, so training stopped. "
                        + "Lower the learning rate, then reset.");
            }
        }
        double t1 = Dom.now();
        // The first training frame runs code the browser has not optimised yet (in the JS build it
        // can take tens of milliseconds); the test pass and the network's pictures wait for the next
        // frame, so that the three never add up to a long task.
        if (!firstPlayingFrame) {
            evaluate(playing ? EVAL_MILLIS_PLAYING : EVAL_MILLIS_PAUSED);
        }
        double t2 = Dom.now();
        if (views.pad.takeChange()) {
            drawn = views.pad.image();
            inputChanged = true;
        }
        boolean redrawNetwork = inputChanged
                || (networkChanged && !firstPlayingFrame && t2 - lastNetworkDraw >= NETWORK_DRAW_MILLIS);
        views.draw(this, redrawNetwork, inputChanged, resultsChanged);
        timing.add(t1 - t0, t2 - t1, Dom.now() - t2);
        if (redrawNetwork) {
            lastNetworkDraw = t2;
            networkChanged = false;
        }
        inputChanged = false;
        resultsChanged = false;
    }

    private void evaluate(double budgetMillis) {
        if (!passRunning && experiment.evaluatedAtExample() == experiment.trainer().examplesTrained()) {
            return;
        }
        double end = Dom.now() + budgetMillis;
        do {
            if (!passRunning) {
                passRunning = true;
                passStartMillis = playStart < 0 ? 0 : Dom.now() - playStart;
            }
            if (experiment.evaluateTest(EVAL_SLICE)) {
                passRunning = false;
                curve.add(experiment.evaluatedAtExample(), passStartMillis, experiment.evaluatedTestAccuracy());
                resultsChanged = true;
                return;
            }
        } while (Dom.now() < end);
    }

    private void decode() {
        try {
            data = Digits.decode(downloaded);
            downloaded = null;
            state = State.BUILDING;
            views.showPreparing("Preparing 8,000 training and 2,000 test digits…");
        } catch (IllegalArgumentException e) {
            downloaded = null;
            loadStarted = false;
            fail(e.getMessage() + ". \"Try again\" downloads it anew.");
        }
    }

    private void build() {
        if (wanted == null) {
            return;
        }
        try {
            experiment = DigitsExperiment.create(data, wanted);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        state = State.READY;
        error = "";
        curve.clear();
        timing.clear();
        playStart = -1;
        passRunning = false;
        cellActual = -1;
        cellPredicted = -1;
        networkChanged = true;
        inputChanged = true;
        resultsChanged = true;
        views.showReady(experiment);
    }

    // ---- actions ---------------------------------------------------------------------------

    /** Starts over from the same seed. */
    @Override
    public void reset() {
        if (active && data != null && state != State.LOADING) {
            build();
        }
    }

    /** Trains one batch (the digits' "step": a whole epoch of 8,000 would be a long task). */
    @Override
    public void step() {
        if (state == State.READY && !experiment.trainer().diverged()) {
            Trainer t = experiment.trainer();
            t.trainExamples(Math.max(1, t.batchSize() - experiment.network().accumulatedExamples()));
            networkChanged = true;
        }
    }

    @Override
    public boolean diverged() {
        return state == State.READY && experiment.trainer().diverged();
    }

    void selectTest(int k) {
        selectedTest = k;
        if (drawn == null) {
            inputChanged = true;
        }
        views.explain.hide();
    }

    void selectCell(int actual, int predicted) {
        boolean same = actual == cellActual && predicted == cellPredicted;
        cellActual = same ? -1 : actual;
        cellPredicted = same ? -1 : predicted;
        resultsChanged = true;
    }

    void showMistakes() {
        cellActual = -1;
        cellPredicted = -1;
        resultsChanged = true;
    }

    void padCleared() {
        views.explain.hide();
    }

    /** "Explain this digit": the one-example trace of the drawing. */
    void explainDrawing() {
        if (state == State.READY && drawn != null) {
            views.explain.show(experiment, drawn);
        }
    }

    /** Applies the update the explain view recorded, as one training step. */
    void applyExplained() {
        if (state == State.READY && views.explain.apply(experiment)) {
            networkChanged = true;
        }
    }

    // ---- read by the views -----------------------------------------------------------------

    State state() {
        return state;
    }

    String error() {
        return error;
    }

    DigitsExperiment experiment() {
        return experiment;
    }

    AccuracyCurve curve() {
        return curve;
    }

    int cellActual() {
        return cellActual;
    }

    int cellPredicted() {
        return cellPredicted;
    }

    /** The drawing, preprocessed like MNIST (28×28, ink in [0, 1]), or null when the pad is empty. */
    double[] drawn() {
        return drawn;
    }

    /** The 28×28 image the network view shows: the drawing, else the chosen test digit. */
    double[] shownImage() {
        return drawn != null ? drawn : data.image(experiment.split().testDigit(selectedTest));
    }

    /** The test example shown, or −1 when the drawing is shown. */
    int shownTest() {
        return drawn != null ? -1 : selectedTest;
    }

    /** The label of the test example shown. */
    int shownLabel() {
        return data.label(experiment.split().testDigit(selectedTest));
    }

    FrameTiming timing() {
        return timing;
    }

    double playMillis() {
        return playStart < 0 ? 0 : Dom.now() - playStart;
    }
}
