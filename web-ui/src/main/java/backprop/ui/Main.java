package backprop.ui;

import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The page's entry points, called by {@code /js/boot.js} once it has loaded
 * this build (WebAssembly or JavaScript). {@code start} builds the controller;
 * the rest back {@code window.playground}, the automation API.
 */
public final class Main {
    private static Controller controller;

    private Main() {
    }

    public static void main(String[] args) {
        // Nothing to do until boot.js calls start(): it knows which engine it loaded.
    }

    @JSExport
    public static void start(String engine, String warning) {
        if (controller != null) {
            return;
        }
        controller = new Controller(engine, new HashSync());
        controller.start(warning);
    }

    @JSExport
    public static String state() {
        return controller.state();
    }

    @JSExport
    public static int epoch() {
        return controller.epoch();
    }

    @JSExport
    public static double trainLoss() {
        return controller.trainLoss();
    }

    @JSExport
    public static double testLoss() {
        return controller.testLoss();
    }

    @JSExport
    public static boolean playing() {
        return controller.playing();
    }

    @JSExport
    public static void play() {
        controller.play();
    }

    @JSExport
    public static void pause() {
        controller.pause();
    }

    @JSExport
    public static void step() {
        controller.step();
    }

    @JSExport
    public static void reset() {
        controller.reset();
    }

    /** Undoes the last live change of the network's shape, features or activation. */
    @JSExport
    public static void undo() {
        controller.undo();
    }

    /** Every weight and bias as a {@code WeightsSnapshot} text (exact, versioned). */
    @JSExport
    public static String weights() {
        return controller.weights();
    }

    /** Opens the step-through view on training example {@code index} (or a test example). */
    @JSExport
    public static void explain(boolean test, int index) {
        controller.explaining().open(test, index);
    }

    @JSExport
    public static void exitExplain() {
        controller.explaining().exit();
    }

    /** The weights as the JSON file "Download weights" saves. */
    @JSExport
    public static String weightsJson() {
        return controller.weightsJson();
    }

    // ---- Speed benchmark (issue #8): /bench.html times this same build --------------------------

    private static BenchmarkCase bench;
    private static BenchmarkPaint benchPainter;

    /** Builds benchmark configuration 1, 2 or 3 (seed 0: the reference's seed); returns examples per epoch. */
    @JSExport
    public static int benchSetup(int config, int seed) {
        bench = BenchmarkCase.create(config, seed);
        return bench.count();
    }

    /** Trains whole epochs as the page does (shuffled, an update per batch). */
    @JSExport
    public static void benchTrain(int epochs) {
        bench.train(epochs);
    }

    /** Trains whole epochs in the reference's fixed order, for the cross-check of the maths. */
    @JSExport
    public static void benchTrainInOrder(int epochs) {
        bench.trainInOrder(epochs);
    }

    @JSExport
    public static double benchLoss() {
        return bench.loss();
    }

    @JSExport
    public static double benchDataChecksum() {
        return bench.dataChecksum();
    }

    /** Computes the output and every neuron over the 100×100 grid; returns the number of neuron maps. */
    @JSExport
    public static int benchHeatmap() {
        bench.heatmap();
        return bench.neurons();
    }

    /** Paints the last heatmap into one direct buffer; returns its bytes (output image, then thumbnails). */
    @JSExport
    public static Uint8Array benchPaint() {
        if (benchPainter == null) {
            benchPainter = new BenchmarkPaint();
        }
        return benchPainter.paint(bench, bench.heatmapGrid());
    }
}
