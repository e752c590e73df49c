package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.BatchPass;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trainer's batched path ({@link BatchPass}: whole blocks as matrix products) against
 * training one example at a time through the network's public phases, in the same order
 * with the same updates. The kernels sum every number in the per-example order, so the
 * expectation is the strongest one: the same weights, biases, gradients and optimizer
 * results bit for bit (which is within any 1e-12 relative tolerance), over shapes,
 * activations, losses, optimizers, regularizations and batch sizes — including batches
 * larger than one block and a last partial batch in every epoch.
 */
class BatchedTrainingTest {
    /** shape, hidden, output, loss, optimizer, regularization, batch size. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(new int[] {2, 8, 8, 8, 1}, Activation.TANH, Activation.TANH, Loss.SQUARE,
                OptimizerType.SGD, Regularization.NONE, 10));
        cases.add(Arguments.of(new int[] {2, 8, 8, 8, 1}, Activation.TANH, Activation.TANH, Loss.SQUARE,
                OptimizerType.SGD, Regularization.L2, 7));
        cases.add(Arguments.of(new int[] {5, 9, 3}, Activation.RELU, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSS_ENTROPY, OptimizerType.ADAM, Regularization.NONE, 32));
        cases.add(Arguments.of(new int[] {5, 9, 3}, Activation.LEAKY_RELU, Activation.SOFTMAX, Loss.SQUARE,
                OptimizerType.MOMENTUM, Regularization.L1, 3));
        cases.add(Arguments.of(new int[] {3, 12, 7, 2}, Activation.SIGMOID, Activation.SIGMOID,
                Loss.BINARY_CROSS_ENTROPY, OptimizerType.SGD, Regularization.L1, 50));
        cases.add(Arguments.of(new int[] {3, 12, 7, 2}, Activation.ELU, Activation.LINEAR, Loss.SQUARE,
                OptimizerType.ADAM, Regularization.L2, 2));
        cases.add(Arguments.of(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, Loss.SQUARE,
                OptimizerType.SGD, Regularization.NONE, 10));
        cases.add(Arguments.of(new int[] {2, 1, 1}, Activation.RELU, Activation.SIGMOID,
                Loss.BINARY_CROSS_ENTROPY, OptimizerType.ADAM, Regularization.L1, 5));
        cases.add(Arguments.of(new int[] {40, 17, 10}, Activation.TANH, Activation.TANH, Loss.SQUARE,
                OptimizerType.SGD, Regularization.NONE, 32));
        cases.add(Arguments.of(new int[] {40, 17, 10}, Activation.LINEAR, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSS_ENTROPY, OptimizerType.MOMENTUM, Regularization.L2, 65));
        cases.add(Arguments.of(new int[] {9, 1, 5, 1}, Activation.TANH, Activation.SIGMOID,
                Loss.BINARY_CROSS_ENTROPY, OptimizerType.SGD, Regularization.NONE, 4));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void batchedTrainingIsPerExampleTrainingBitForBit(int[] shape, Activation hidden, Activation output, Loss loss,
            OptimizerType optimizer, Regularization regularization, int batchSize) {
        // 83 examples: no batch size above divides them, so every epoch ends on a partial batch.
        Examples data = data(83, shape[0], shape[shape.length - 1], loss, 7);
        assertBatchedIsPerExample(shape, hidden, output, loss, optimizer, regularization, batchSize, data);
    }

    /**
     * Wide inputs that are mostly zeros, as digits are: the first layer runs on the block's used
     * columns only, and training still lands on the per-example path's numbers bit for bit.
     */
    @ParameterizedTest
    @MethodSource("sparseCases")
    void mostlyZeroInputsTrainAsPerExampleBitForBit(int[] shape, Activation hidden, Activation output, Loss loss,
            OptimizerType optimizer, Regularization regularization, int batchSize) {
        Examples data = sparse(data(83, shape[0], shape[shape.length - 1], loss, 8), 9);
        assertBatchedIsPerExample(shape, hidden, output, loss, optimizer, regularization, batchSize, data);
    }

    static Stream<Arguments> sparseCases() {
        return Stream.of(
                Arguments.of(new int[] {100, 17, 10}, Activation.TANH, Activation.TANH, Loss.SQUARE,
                        OptimizerType.SGD, Regularization.NONE, 10),
                Arguments.of(new int[] {64, 9, 3}, Activation.RELU, Activation.SOFTMAX,
                        Loss.CATEGORICAL_CROSS_ENTROPY, OptimizerType.ADAM, Regularization.L2, 32),
                Arguments.of(new int[] {70, 3}, Activation.TANH, Activation.SIGMOID,
                        Loss.BINARY_CROSS_ENTROPY, OptimizerType.MOMENTUM, Regularization.L1, 5));
    }

    /** The sparse cases above do take the used-columns path, and dense or narrow inputs do not. */
    @Test
    void onlyWideMostlyZeroBlocksSkipColumns() {
        int[] shape = {100, 17, 10};
        Network net = new Network(shape, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(3));
        Examples dense = data(32, 100, 10, Loss.SQUARE, 4);
        Examples sparse = sparse(dense, 5);
        BatchPass pass = new BatchPass(shape, 32);
        pass.forward(net, sparse.inputs, 10);
        int used = 0;
        for (int i = 0; i < 100; i++) {
            for (int e = 0; e < 10; e++) {
                if (sparse.inputs[e * 100 + i] != 0) {
                    used++;
                    break;
                }
            }
        }
        assertTrue(used < 75, "the data leaves more than a quarter of the columns unused: " + used);
        assertEquals(used, pass.inputsUsed());
        pass.forward(net, dense.inputs, 10);
        assertEquals(100, pass.inputsUsed());
        Network narrow = new Network(new int[] {9, 4, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(3));
        BatchPass narrowPass = new BatchPass(narrow.shape(), 4);
        narrowPass.forward(narrow, new double[36], 4);
        assertEquals(9, narrowPass.inputsUsed());
    }

    private static void assertBatchedIsPerExample(int[] shape, Activation hidden, Activation output, Loss loss,
            OptimizerType optimizer, Regularization regularization, int batchSize, Examples data) {
        Network batched = new Network(shape, hidden, output, Init.XAVIER, new Rng(11));
        Network single = batched.copy();
        assertTrue(BatchPass.pays(batched, batchSize), "the case must take the batched path");

        Trainer trainer = new Trainer(batched, data, data, loss, new Rng(5));
        trainer.setLearningRate(0.05);
        trainer.setBatchSize(batchSize);
        trainer.setRegularization(regularization, 0.001);
        trainer.setOptimizer(optimizer);
        // 3 whole epochs and then a few examples into a batch: the unfinished batch's gradient sums too.
        for (int epoch = 0; epoch < 3; epoch++) {
            trainer.trainEpoch();
        }
        trainer.trainExamples(batchSize > 2 ? batchSize - 1 : 1);

        Optimizer reference = new Optimizer(optimizer, shape);
        EpochOrder order = new EpochOrder(new Rng(5));
        order.resize(data.count);
        int total = 3 * data.count + (batchSize > 2 ? batchSize - 1 : 1);
        for (int done = 0; done < total; done++) {
            int e = order.next();
            single.forwardUnchecked(data.inputs, e * data.inputWidth);
            single.backwardUnchecked(loss, data.targets, e * data.targetWidth);
            if (order.endEpochIfDone() || single.accumulatedExamples() >= batchSize) {
                assertTrue(single.applyUpdate(reference, 0.05, regularization, 0.001));
            }
        }

        assertFalse(trainer.diverged());
        assertEquals(total, trainer.examplesTrained());
        assertEquals(single.accumulatedExamples(), batched.accumulatedExamples());
        for (int k = 0; k < shape.length - 1; k++) {
            String layer = " of weight layer " + k;
            assertArrayEquals(single.weights(k), batched.weights(k), "weights" + layer);
            assertArrayEquals(single.biases(k), batched.biases(k), "biases" + layer);
            assertArrayEquals(single.weightChanges(k), batched.weightChanges(k), "last Δw" + layer);
            assertArrayEquals(single.weightGradients(k), batched.weightGradients(k), "unfinished ∂L/∂w" + layer);
            assertArrayEquals(single.biasGradients(k), batched.biasGradients(k), "unfinished ∂L/∂b" + layer);
            assertArrayEquals(single.preActivations(k), batched.preActivations(k), "z of the last example" + layer);
            assertArrayEquals(single.outputs(k), batched.outputs(k), "a of the last example" + layer);
            assertArrayEquals(single.deltas(k), batched.deltas(k), "δ of the last example" + layer);
        }
        assertArrayEquals(single.inputs(), batched.inputs());
        assertTrue(trainer.trainLoss() < 10, "a finite loss after training");
    }

    /** The first update moves the weights: the comparison above compares something. */
    @Test
    void trainingChangesTheWeights() {
        int[] shape = {2, 8, 8, 8, 1};
        Examples data = data(83, 2, 1, Loss.SQUARE, 7);
        Network net = new Network(shape, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(11));
        double[] before = net.weights(1).clone();
        Trainer trainer = new Trainer(net, data, data, Loss.SQUARE, new Rng(5));
        trainer.trainExamples(10);
        assertEquals(1, trainer.updates());
        assertFalse(java.util.Arrays.equals(before, net.weights(1)));
    }

    /** A block's forward pass gives each example's outputs exactly as the network's own forward pass. */
    @Test
    void blockForwardIsTheNetworksForward() {
        int[] shape = {6, 11, 9, 4};
        Network net = new Network(shape, Activation.TANH, Activation.SOFTMAX, Init.XAVIER, new Rng(3));
        Examples data = data(23, 6, 4, Loss.CATEGORICAL_CROSS_ENTROPY, 9);
        BatchPass pass = new BatchPass(shape, 23);
        pass.forward(net, data.inputs, 23);
        for (int e = 0; e < 23; e++) {
            net.forward(data.inputs, e * 6);
            for (int k = 0; k < 3; k++) {
                double[] expected = net.outputs(k);
                double[] block = pass.outputs(k);
                for (int j = 0; j < expected.length; j++) {
                    assertEquals(expected[j], block[e * expected.length + j], "example " + e + ", layer " + k);
                }
            }
        }
    }

    @Test
    void refusesAnotherShapeAndOversizedBlocks() {
        Network net = new Network(new int[] {2, 8, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(3));
        BatchPass pass = new BatchPass(new int[] {2, 9, 1}, 4);
        assertThrows(IllegalArgumentException.class, () -> pass.forward(net, new double[8], 4));
        BatchPass fits = new BatchPass(new int[] {2, 8, 1}, 4);
        assertThrows(IllegalArgumentException.class, () -> fits.forward(net, new double[10], 5));
        assertThrows(IllegalArgumentException.class, () -> fits.forward(net, new double[6], 4));
        assertThrows(IllegalArgumentException.class, () -> new BatchPass(new int[] {2, 8, 1}, BatchPass.MAX_BLOCK + 1));
    }

    /** A batch of one keeps the per-example path; tiny networks need 4 examples a batch, wider ones 2. */
    @Test
    void whichBatchesTakeTheBatchedPath() {
        Network tiny = new Network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        Network wider = new Network(new int[] {2, 8, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        assertFalse(BatchPass.pays(tiny, 1));
        assertFalse(BatchPass.pays(wider, 1));
        assertFalse(BatchPass.pays(tiny, 3));
        assertTrue(BatchPass.pays(wider, 2));
        assertTrue(BatchPass.pays(tiny, 4));
    }

    /**
     * A copy of {@code data} shaped like digits: three columns in five are 0 in every example
     * (a digit's border), the others 0 at even odds (the targets kept).
     */
    static Examples sparse(Examples data, int seed) {
        Rng rng = new Rng(seed);
        double[] in = data.inputs.clone();
        for (int q = 0; q < in.length; q++) {
            if (q % data.inputWidth % 5 < 3 || rng.nextDouble() < 0.5) {
                in[q] = 0;
            }
        }
        return new Examples(data.inputWidth, data.targetWidth, in, data.targets.clone());
    }

    /** Inputs uniform in [−2, 2]; targets suited to the loss: ±1, 0/1, or one-hot. */
    static Examples data(int count, int inputs, int outputs, Loss loss, int seed) {
        Rng rng = new Rng(seed);
        double[] in = new double[count * inputs];
        double[] out = new double[count * outputs];
        for (int i = 0; i < in.length; i++) {
            in[i] = rng.uniform(-2, 2);
        }
        for (int e = 0; e < count; e++) {
            int hot = (int) (rng.nextDouble() * outputs);
            for (int k = 0; k < outputs; k++) {
                double bit = rng.nextDouble() < 0.5 ? 1 : 0;
                out[e * outputs + k] = loss == Loss.CATEGORICAL_CROSS_ENTROPY || outputs > 1 && loss == Loss.SQUARE
                        ? (k == hot ? 1 : 0) : loss == Loss.BINARY_CROSS_ENTROPY ? bit : 2 * bit - 1;
            }
        }
        return new Examples(inputs, outputs, in, out);
    }
}
