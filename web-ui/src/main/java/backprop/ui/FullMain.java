package backprop.ui;

import backprop.ui.bench.BenchmarkCase;
import backprop.ui.bench.BenchmarkPaint;
import backprop.ui.bench.MultiplyAddPeak;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * The full build's entry points: the page with every part (the step-through, the digits), which
 * {@code boot.js} loads when the state asks for them, and the speed benchmark's calls, which
 * {@code /bench.html} times in this build.
 */
public final class FullMain {
    private FullMain() {
    }

    public static void main(String[] args) {
        // Nothing to do until boot.js calls start().
    }

    @JSExport
    public static PageApi start(String engine, String warning) {
        return Page.start(engine, warning, new FullBuildParts());
    }

    private static BenchmarkCase bench;
    private static BenchmarkPaint benchPainter;
    private static MultiplyAddPeak benchPeak;

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

    /**
     * Runs {@code calls} rounds of the multiply-add peak loop ({@link #benchPeakPerCall} each);
     * returns their sum (the caller keeps it, so that nothing is optimised away).
     */
    @JSExport
    public static double benchPeak(int calls) {
        if (benchPeak == null) {
            benchPeak = new MultiplyAddPeak();
        }
        double sum = 0;
        for (int c = 0; c < calls; c++) {
            sum += benchPeak.run();
        }
        return sum;
    }

    /** Multiply-adds one round of {@link #benchPeak} makes. */
    @JSExport
    public static int benchPeakPerCall() {
        return MultiplyAddPeak.PER_CALL;
    }
}
