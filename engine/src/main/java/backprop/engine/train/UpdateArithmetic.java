package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;

/**
 * The whole arithmetic of one weight's (or bias's) update in a {@link Trace},
 * term by term, for the step-through view's "click a link" panel:
 * the weight w, the source's output a (1 for a bias), the destination's δ,
 * ∂L/∂w = δ·a, the optimizer's step with its state before and after, the
 * regularization step, Δw and the new w.
 *
 * <p>The gradient, Δw and the new weight are read from the trace (the very
 * numbers training makes). The optimizer's and the regularization's shares of
 * Δw are recomputed from the trace's optimizer state with the same formulas
 * as {@link Optimizer} and {@link Regularization}, so they add up to Δw up to
 * rounding in the last bits.
 */
public final class UpdateArithmetic {
    public final boolean bias;
    /** w before the step. */
    public final double weight;
    /** The source neuron's output a (the input's value in the first layer; 1 for a bias). */
    public final double source;
    /** δ of the destination neuron. */
    public final double delta;
    /** ∂L/∂w = δ·a of this example, as the backward pass accumulated it. */
    public final double gradient;
    public final double learningRate;
    public final OptimizerType optimizer;
    /** Momentum's β, or Adam's β₁. */
    public final double beta;
    /** Adam's β₂ and ε (0 otherwise). */
    public final double beta2;
    public final double epsilon;
    /** Adam's step number t after this step (0 otherwise). */
    public final int step;
    /** Momentum's velocity v, or Adam's first moment m, before and after the step (0 for SGD). */
    public final double firstBefore;
    public final double firstAfter;
    /** Adam's second moment v before and after (0 otherwise). */
    public final double secondBefore;
    public final double secondAfter;
    /** Adam's bias-corrected moments m̂ and v̂ (0 otherwise). */
    public final double firstCorrected;
    public final double secondCorrected;
    /** The optimizer's share of Δw: w₁ − w. */
    public final double optimizerChange;
    public final Regularization regularization;
    public final double regularizationRate;
    /** The regularization's share of Δw: w₂ − w₁ (−η·λ·R′(w), or what L1's stop at zero leaves). */
    public final double regularizationChange;
    /** Whether the link was dead before the step (L1 stopped it at 0; it no longer learns). */
    public final boolean wasDead;
    /** Whether this step's L1 regularization stopped the weight at 0 and killed the link. */
    public final boolean dies;
    /** Δw the step makes (from the trace; 0 when the step was not finite). */
    public final double change;
    /** w after the step (from the trace). */
    public final double after;

    private UpdateArithmetic(Trace trace, int k, int index, boolean bias, double source, double delta,
            double regularizationRate, Regularization regularization, double learningRate) {
        this.bias = bias;
        Network before = trace.before();
        this.weight = bias ? before.biases(k)[index] : before.weights(k)[index];
        this.source = source;
        this.delta = delta;
        this.gradient = bias ? trace.biasGradients(k)[index] : trace.weightGradients(k)[index];
        this.learningRate = learningRate;
        Optimizer was = trace.optimizerBefore();
        Optimizer now = trace.optimizerAfter();
        this.optimizer = now.type();
        double w1;
        switch (optimizer) {
            case MOMENTUM:
                beta = now.momentum();
                beta2 = 0;
                epsilon = 0;
                step = 0;
                firstBefore = (bias ? was.velocityBiases(k) : was.velocityWeights(k))[index];
                firstAfter = (bias ? now.velocityBiases(k) : now.velocityWeights(k))[index];
                secondBefore = 0;
                secondAfter = 0;
                firstCorrected = 0;
                secondCorrected = 0;
                w1 = weight + firstAfter;
                break;
            case ADAM:
                beta = now.beta1();
                beta2 = now.beta2();
                epsilon = now.epsilon();
                step = now.steps();
                firstBefore = (bias ? was.firstMomentBiases(k) : was.firstMomentWeights(k))[index];
                firstAfter = (bias ? now.firstMomentBiases(k) : now.firstMomentWeights(k))[index];
                secondBefore = (bias ? was.secondMomentBiases(k) : was.secondMomentWeights(k))[index];
                secondAfter = (bias ? now.secondMomentBiases(k) : now.secondMomentWeights(k))[index];
                firstCorrected = firstAfter * (1.0 / (1.0 - now.beta1Power()));
                secondCorrected = secondAfter * (1.0 / (1.0 - now.beta2Power()));
                w1 = weight - learningRate * firstCorrected / (Math.sqrt(secondCorrected) + epsilon);
                break;
            default:
                beta = 0;
                beta2 = 0;
                epsilon = 0;
                step = 0;
                firstBefore = 0;
                firstAfter = 0;
                secondBefore = 0;
                secondAfter = 0;
                firstCorrected = 0;
                secondCorrected = 0;
                w1 = weight - learningRate * gradient;
        }
        this.optimizerChange = w1 - weight;
        this.regularization = bias ? Regularization.NONE : regularization;
        this.regularizationRate = bias ? 0 : regularizationRate;
        double regStep = learningRate * this.regularizationRate;
        boolean regularize = this.regularization != Regularization.NONE && regStep > 0;
        this.regularizationChange = regularize ? this.regularization.regularize(weight, w1, regStep) - w1 : 0;
        this.wasDead = !bias && before.deadLinks().isDead(k, index);
        this.dies = !bias && !wasDead && trace.after().deadLinks().isDead(k, index);
        this.change = bias ? trace.biasChanges(k)[index] : trace.weightChanges(k)[index];
        this.after = bias ? trace.after().biases(k)[index] : trace.after().weights(k)[index];
    }

    /** The weight of layer k from source {@code from} to destination {@code to}. */
    public static UpdateArithmetic ofWeight(Trace trace, int k, int from, int to, double learningRate,
            Regularization regularization, double regularizationRate) {
        Network n = trace.before();
        int in = n.layerSize(Checks.index(k, n.depth(), "weight layer"));
        Checks.index(from, in, "source neuron");
        Checks.index(to, n.layerSize(k + 1), "destination neuron");
        double a = k == 0 ? trace.inputs()[from] : trace.outputs(k - 1)[from];
        return new UpdateArithmetic(trace, k, to * in + from, false, a, trace.deltas(k)[to], regularizationRate,
                regularization, learningRate);
    }

    /** The bias of neuron {@code to} in layer k + 1. */
    public static UpdateArithmetic ofBias(Trace trace, int k, int to, double learningRate) {
        Network n = trace.before();
        Checks.index(k, n.depth(), "weight layer");
        Checks.index(to, n.layerSize(k + 1), "neuron");
        return new UpdateArithmetic(trace, k, to, true, 1.0, trace.deltas(k)[to], 0, Regularization.NONE,
                learningRate);
    }

    /** From the trainer's current settings. */
    public static UpdateArithmetic ofWeight(Trace trace, Trainer trainer, int k, int from, int to) {
        return ofWeight(trace, k, from, to, trainer.learningRateNow(), trainer.regularization(),
                trainer.regularizationRate());
    }

    public static UpdateArithmetic ofBias(Trace trace, Trainer trainer, int k, int to) {
        return ofBias(trace, k, to, trainer.learningRateNow());
    }
}
