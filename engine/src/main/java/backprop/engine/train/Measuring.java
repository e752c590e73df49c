package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.Loss;
import backprop.engine.nn.MathFunctions;
import backprop.engine.nn.Network;

/**
 * What a {@link Trainer} reports about how well its network does: the loss, accuracy, RMSE and
 * R² of the training and of the test examples ({@link Metrics}, each cached until the network,
 * the examples or the loss change), read through the divergence rule: a non-finite loss means the
 * run diverged, and once it has, the losses and RMSE read +∞ and R² −∞, never NaN.
 */
final class Measuring {
    private final Metrics train = new Metrics();
    private final Metrics test = new Metrics();
    /** Whether the last measurement found a non-finite loss. */
    private boolean foundDivergence;

    /** Drops both sets' cached figures (the examples or the loss changed). */
    void forget() {
        train.forget();
        test.forget();
    }

    /**
     * The figures of {@code examples} (the test set's when {@code testSet}) for this network and
     * loss; those of a diverged run when {@code diverged} or when the loss is not finite (then
     * {@link #foundDivergence()} says so).
     */
    Metrics measure(boolean testSet, Network network, Loss loss, Examples examples, boolean diverged) {
        Metrics metrics = testSet ? test : train;
        metrics.measure(network, loss, examples);
        foundDivergence = !MathFunctions.isFinite(metrics.loss);
        if (diverged || foundDivergence) {
            metrics.loss = Double.POSITIVE_INFINITY;
            metrics.rmse = Double.POSITIVE_INFINITY;
            metrics.r2 = Double.NEGATIVE_INFINITY;
        }
        return metrics;
    }

    /** Whether the last {@link #measure} found the loss not finite: the run has diverged. */
    boolean foundDivergence() {
        return foundDivergence;
    }
}
