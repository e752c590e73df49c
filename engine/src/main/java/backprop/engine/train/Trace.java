package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import java.util.Arrays;

/**
 * Every number of one training step on ONE example (batch size 1), for the
 * step-through view: the forward pass (z, a), the loss, the backward pass
 * (δ, ∂L/∂w, ∂L/∂b) and the change Δw, Δb the current optimizer and
 * regularization would make, with the optimizer's state before and after.
 *
 * <p>It is recorded by running the very calls training makes —
 * {@link Network#forward}, {@link Network#loss}, {@link Network#backward},
 * {@link Network#applyUpdate} — on copies of the network and the optimizer,
 * so the real ones do not change; {@link #applyTo} then applies exactly the
 * recorded update.
 */
public final class Trace {
    private final Network source;
    private final Network before;
    private final Network after;
    private final Optimizer optimizerBefore;
    private final Optimizer optimizerAfter;
    private final int networkVersion;
    private final double loss;
    private final boolean finite;
    private final double[] targets;
    private final double[][] weightGradients;
    private final double[][] biasGradients;
    /** The dropout mask factors of each hidden layer (null: none on it). */
    private final double[][] masks;
    /** The state of the masks' generator after drawing them (0 when none was given). */
    private final int dropoutRngAfter;

    private Trace(Network original, Optimizer optimizer, Loss lossFunction, double learningRate,
            Regularization regularization, double regularizationRate, double[] inputs, int inputOffset,
            double[] targetValues, int targetOffset, boolean biasesFixed, Rng dropoutRng) {
        source = original;
        networkVersion = original.version();
        before = original.copy();
        optimizerBefore = optimizer.copy();
        after = original.copy();
        optimizerAfter = optimizer.copy();
        targets = new double[original.outputCount()];
        System.arraycopy(targetValues, targetOffset, targets, 0, targets.length);

        if (dropoutRng != null) {
            after.forwardTraining(inputs, inputOffset, dropoutRng);
            dropoutRngAfter = dropoutRng.state();
        } else {
            dropoutRngAfter = 0;
            after.forward(inputs, inputOffset);
        }
        loss = after.loss(lossFunction, targets, 0);
        after.backward(lossFunction, targets, 0);
        int depth = after.depth();
        masks = new double[depth - 1][];
        for (int h = 0; h < depth - 1; h++) {
            double[] m = after.dropoutMask(h);
            masks[h] = m == null ? null : m.clone();
        }
        weightGradients = new double[depth][];
        biasGradients = new double[depth][];
        for (int k = 0; k < depth; k++) {
            weightGradients[k] = after.weightGradients(k).clone();
            biasGradients[k] = after.biasGradients(k).clone();
        }
        // Copy the forward/backward values into 'before' as well, so both views show this example.
        System.arraycopy(after.inputs(), 0, before.inputs(), 0, before.inputs().length);
        for (int k = 0; k < depth; k++) {
            System.arraycopy(after.preActivations(k), 0, before.preActivations(k), 0, after.preActivations(k).length);
            System.arraycopy(after.outputs(k), 0, before.outputs(k), 0, after.outputs(k).length);
            System.arraycopy(after.deltas(k), 0, before.deltas(k), 0, after.deltas(k).length);
        }
        finite = after.applyUpdate(optimizerAfter, learningRate, regularization, regularizationRate);
        if (biasesFixed) {
            // As classic worked examples do: b stays, Δb = 0 (∂L/∂b is still recorded).
            for (int k = 0; k < depth; k++) {
                copy(before.biases(k), after.biases(k));
                Arrays.fill(after.biasChanges(k), 0.0);
            }
        }
    }

    /** Records one step on the example at {@code inputs[inputOffset ..]}, {@code targets[targetOffset ..]}. */
    public static Trace record(Network network, Optimizer optimizer, Loss loss, double learningRate,
            Regularization regularization, double regularizationRate, double[] inputs, int inputOffset,
            double[] targets, int targetOffset) {
        return record(network, optimizer, loss, learningRate, regularization, regularizationRate, inputs,
                inputOffset, targets, targetOffset, null);
    }

    /**
     * {@link #record}, with dropout on the hidden layers that have a rate: their masks are drawn from
     * {@code dropoutRng} (null: no dropout) as training draws them, and kept ({@link #dropoutMask}).
     */
    public static Trace record(Network network, Optimizer optimizer, Loss loss, double learningRate,
            Regularization regularization, double regularizationRate, double[] inputs, int inputOffset,
            double[] targets, int targetOffset, Rng dropoutRng) {
        Checks.notNull(network, "network");
        Checks.notNull(optimizer, "optimizer");
        Checks.notNull(loss, "loss");
        Checks.notNull(regularization, "regularization");
        Checks.nonNegative(learningRate, "learning rate");
        Checks.nonNegative(regularizationRate, "regularization rate");
        Checks.slice(inputs, inputOffset, network.inputCount(), "inputs");
        Checks.slice(targets, targetOffset, network.outputCount(), "targets");
        loss.checkOutput(network.outputActivation());
        return new Trace(network, optimizer, loss, learningRate, regularization, regularizationRate, inputs,
                inputOffset, targets, targetOffset, false, dropoutRng);
    }

    /**
     * Records one plain gradient-descent step (SGD, no regularization) on one example, with the
     * biases kept as they are when {@code biasesFixed} (their gradients are still recorded):
     * w ← w − η·∂L/∂w, as hand-worked examples of backpropagation compute it.
     */
    public static Trace recordPlain(Network network, Loss loss, double learningRate, double[] inputs,
            double[] targets, boolean biasesFixed) {
        Checks.notNull(network, "network");
        Checks.notNull(loss, "loss");
        Checks.nonNegative(learningRate, "learning rate");
        Checks.slice(inputs, 0, network.inputCount(), "inputs");
        Checks.slice(targets, 0, network.outputCount(), "targets");
        loss.checkOutput(network.outputActivation());
        Optimizer sgd = new Optimizer(OptimizerType.SGD, network.shape());
        return new Trace(network, sgd, loss, learningRate, Regularization.NONE, 0, inputs, 0, targets, 0,
                biasesFixed, null);
    }

    /**
     * Applies the recorded update to {@code network} and {@code optimizer}: their
     * weights, biases, last changes and optimizer state become those after the
     * step. Gradients of an unfinished batch in the network are kept.
     *
     * @throws IllegalArgumentException when the network changed since the trace was recorded
     */
    public void applyTo(Network network, Optimizer optimizer) {
        Checks.notNull(network, "network");
        Checks.notNull(optimizer, "optimizer");
        if (network != source) {
            throw new IllegalArgumentException("This trace was recorded on another network");
        }
        if (network.version() != networkVersion) {
            throw new IllegalArgumentException("The network changed since this trace was recorded; record a new one");
        }
        if (!finite) {
            return;
        }
        for (int k = 0; k < after.depth(); k++) {
            copy(after.weights(k), network.weights(k));
            copy(after.biases(k), network.biases(k));
            copy(after.weightChanges(k), network.weightChanges(k));
            copy(after.biasChanges(k), network.biasChanges(k));
        }
        network.deadLinks().copyFrom(after.deadLinks());
        optimizer.copyStateFrom(optimizerAfter);
        network.changed();
    }

    private static void copy(double[] from, double[] to) {
        System.arraycopy(from, 0, to, 0, from.length);
    }

    /** The example's inputs. */
    public double[] inputs() {
        return before.inputs();
    }

    public double[] targets() {
        return targets;
    }

    /** The loss L of this example before the update. */
    public double loss() {
        return loss;
    }

    /** Whether the update is finite (otherwise {@link #applyTo} changes nothing). */
    public boolean finite() {
        return finite;
    }

    /**
     * The network before the step, its z, a and δ arrays holding this
     * example's forward and backward pass (read its weights, preActivations,
     * outputs, deltas). Do not modify.
     */
    public Network before() {
        return before;
    }

    /** The network after the step: read its weights, biases, weightChanges, biasChanges. Do not modify. */
    public Network after() {
        return after;
    }

    /**
     * The dropout mask of hidden layer h in this step: factor 0 for a dropped neuron, 1/(1 − p) for
     * a kept one (its output a = f(z)·factor is what the next layer saw); null when the layer
     * dropped nothing. Do not modify.
     */
    public double[] dropoutMask(int h) {
        return masks[Checks.index(h, masks.length, "hidden layer")];
    }

    /** The state of the dropout masks' generator after this step drew them (0 when it had none). */
    int dropoutRngAfter() {
        return dropoutRngAfter;
    }

    public double[] preActivations(int k) {
        return before.preActivations(k);
    }

    public double[] outputs(int k) {
        return before.outputs(k);
    }

    public double[] deltas(int k) {
        return before.deltas(k);
    }

    /** ∂L/∂w of this example alone. */
    public double[] weightGradients(int k) {
        return weightGradients[Checks.index(k, weightGradients.length, "weight layer")];
    }

    public double[] biasGradients(int k) {
        return biasGradients[Checks.index(k, biasGradients.length, "weight layer")];
    }

    /** Δw the step makes (optimizer step, then regularization). */
    public double[] weightChanges(int k) {
        return after.weightChanges(k);
    }

    public double[] biasChanges(int k) {
        return after.biasChanges(k);
    }

    /** The optimizer's state the step starts from (velocity, moments). Do not modify. */
    public Optimizer optimizerBefore() {
        return optimizerBefore;
    }

    /** The optimizer's state after the step. Do not modify. */
    public Optimizer optimizerAfter() {
        return optimizerAfter;
    }
}
