package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final int[] SHAPE = {2, 3, 2};

    /** Seven examples with two inputs and two targets in [−1, 1]. */
    private static Examples seven(int seed) {
        Rng rng = new Rng(seed);
        double[] in = new double[14];
        double[] out = new double[14];
        for (int i = 0; i < 14; i++) {
            in[i] = rng.uniform(-2, 2);
            out[i] = rng.uniform(-1, 1);
        }
        return new Examples(2, 2, in, out);
    }

    private static Trainer trainer(String seed) {
        Network net = new Network(SHAPE, Activation.TANH, Activation.LINEAR, Init.DEFAULT, Rng.fromSeed(seed));
        return new Trainer(net, seven(1), seven(2), Loss.SQUARE, Rng.fromSeed(seed + "/order"));
    }

    private static double[][] weightsOf(Network net) {
        double[][] copy = new double[2 * net.depth()][];
        for (int k = 0; k < net.depth(); k++) {
            copy[2 * k] = net.weights(k).clone();
            copy[2 * k + 1] = net.biases(k).clone();
        }
        return copy;
    }

    /** ∂L/∂w and ∂L/∂b of each example alone, on a separate copy of the network. */
    private static double[][] gradientSum(Network net, Examples data, int[] examples) {
        Network copy = net.copy();
        double[][] sum = new double[2 * net.depth()][];
        for (int k = 0; k < net.depth(); k++) {
            sum[2 * k] = new double[net.weights(k).length];
            sum[2 * k + 1] = new double[net.biases(k).length];
        }
        for (int e : examples) {
            copy.clearGradients();
            copy.forward(data.inputs, e * data.inputWidth);
            copy.backward(Loss.SQUARE, data.targets, e * data.targetWidth);
            for (int k = 0; k < net.depth(); k++) {
                add(sum[2 * k], copy.weightGradients(k));
                add(sum[2 * k + 1], copy.biasGradients(k));
            }
        }
        return sum;
    }

    private static void add(double[] into, double[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    private static void assertStep(double[][] before, double[][] after, double[][] gradientSum, double eta, int n) {
        for (int p = 0; p < before.length; p++) {
            for (int i = 0; i < before[p].length; i++) {
                double expected = -eta * gradientSum[p][i] / n;
                assertEquals(expected, after[p][i] - before[p][i], 1e-14, "array " + p + " index " + i);
            }
        }
    }

    @Test
    void oneUpdateIsMinusEtaTimesTheMeanOfTheBatchGradients() {
        Trainer trainer = trainer("batch");
        trainer.setLearningRate(0.3);
        trainer.setBatchSize(3);
        int[] batch = {trainer.upcomingExample(0), trainer.upcomingExample(1), trainer.upcomingExample(2)};
        double[][] sum = gradientSum(trainer.network(), trainer.trainingExamples(), batch);
        double[][] before = weightsOf(trainer.network());
        trainer.trainExamples(2);
        assertArrayEquals(before[0], trainer.network().weights(0), "no update before the batch is full");
        trainer.trainExamples(1);
        assertStep(before, weightsOf(trainer.network()), sum, 0.3, 3);
        assertEquals(1.0, trainer.updates());
    }

    @Test
    void theLastPartialBatchIsAppliedWithinItsEpoch() {
        Trainer trainer = trainer("partial");
        trainer.setLearningRate(0.2);
        trainer.setBatchSize(3);
        trainer.trainExamples(6);
        assertEquals(2.0, trainer.updates());
        int last = trainer.upcomingExample(0);
        double[][] sum = gradientSum(trainer.network(), trainer.trainingExamples(), new int[] {last});
        double[][] before = weightsOf(trainer.network());
        trainer.trainExamples(1);
        assertEquals(1, trainer.epoch());
        assertEquals(0, trainer.positionInEpoch());
        assertEquals(3.0, trainer.updates());
        assertEquals(0, trainer.network().accumulatedExamples());
        assertStep(before, weightsOf(trainer.network()), sum, 0.2, 1);
    }

    @Test
    void trainExamplesContinuesTheEpochAndCountsPasses() {
        Trainer trainer = trainer("count");
        trainer.setBatchSize(2);
        trainer.trainExamples(10);
        assertEquals(1, trainer.epoch());
        assertEquals(3, trainer.positionInEpoch());
        trainer.trainEpoch();
        assertEquals(2, trainer.epoch());
        assertEquals(0, trainer.positionInEpoch());
        trainer.trainEpoch();
        assertEquals(3, trainer.epoch());
        assertEquals(21.0, trainer.examplesTrained());
        assertEquals(3 + 4 + 4 + 1.0, trainer.updates(), "4 updates per epoch of 7 with batch 2, as the first");
    }

    @Test
    void eachEpochVisitsEveryExampleOnceInAShuffledOrder() {
        Trainer trainer = trainer("order");
        boolean shuffled = false;
        for (int epoch = 0; epoch < 3; epoch++) {
            boolean[] seen = new boolean[7];
            for (int i = 0; i < 7; i++) {
                int e = trainer.upcomingExample(i);
                assertFalse(seen[e]);
                seen[e] = true;
                shuffled |= e != i;
            }
            trainer.trainEpoch();
        }
        assertTrue(shuffled);
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        Trainer a = trainer("same");
        Trainer b = trainer("same");
        Trainer c = trainer("other");
        for (Trainer t : new Trainer[] {a, b, c}) {
            t.setBatchSize(3);
            t.setAdam(0.9, 0.999, 1e-8);
            t.setRegularization(Regularization.L1, 0.001);
            for (int i = 0; i < 20; i++) {
                t.trainEpoch();
            }
        }
        for (int k = 0; k < a.network().depth(); k++) {
            assertArrayEquals(a.network().weights(k), b.network().weights(k));
            assertArrayEquals(a.network().biases(k), b.network().biases(k));
        }
        assertNotEquals(a.network().weights(0)[0], c.network().weights(0)[0]);
    }

    @Test
    void divergenceIsDetectedAndNoNanReachesTheMetrics() {
        Rng rng = new Rng(3);
        double[] in = new double[40];
        double[] out = new double[20];
        for (int i = 0; i < 40; i++) {
            in[i] = rng.uniform(-5, 5);
        }
        for (int i = 0; i < 20; i++) {
            out[i] = 1000 + 100 * i;
        }
        Examples big = new Examples(2, 1, in, out);
        Network net = new Network(new int[] {2, 8, 8, 1}, Activation.RELU, Activation.LINEAR, Init.DEFAULT, rng);
        Trainer trainer = new Trainer(net, big, big, Loss.SQUARE, new Rng(4));
        trainer.setLearningRate(10);
        trainer.setBatchSize(1);
        for (int i = 0; i < 50 && !trainer.diverged(); i++) {
            trainer.trainEpoch();
        }
        assertTrue(trainer.diverged());
        assertEquals(Double.POSITIVE_INFINITY, trainer.trainLoss());
        assertEquals(Double.POSITIVE_INFINITY, trainer.testLoss());
        assertFalse(Double.isNaN(trainer.trainAccuracy()));
        assertFalse(Double.isNaN(trainer.testAccuracy()));
        for (int k = 0; k < net.depth(); k++) {
            for (double w : net.weights(k)) {
                assertTrue(Double.isFinite(w), "the last finite weights are kept");
            }
        }
        double[][] frozen = weightsOf(net);
        int epoch = trainer.epoch();
        trainer.trainEpoch();
        trainer.trainExamples(5);
        assertArrayEquals(frozen[0], net.weights(0));
        assertEquals(epoch, trainer.epoch());

        trainer.reset(Init.DEFAULT, new Rng(9));
        trainer.setLearningRate(0.0001);
        assertFalse(trainer.diverged());
        assertTrue(Double.isFinite(trainer.trainLoss()));
    }

    @Test
    void accuracyUsesTheSignTheHalfOrTheArgmax() {
        double[] out = new double[1];
        out[0] = 0.2;
        assertTrue(Metrics.correct(out, new double[] {1}, 0, 1, 0.0));
        assertFalse(Metrics.correct(out, new double[] {-1}, 0, 1, 0.0));
        assertFalse(Metrics.correct(out, new double[] {1}, 0, 1, 0.5));
        assertTrue(Metrics.correct(out, new double[] {0}, 0, 1, 0.5));
        assertTrue(Metrics.correct(new double[] {0.1, 0.7, 0.2}, new double[] {9, 0, 1, 0}, 1, 3, 0));
        assertFalse(Metrics.correct(new double[] {0.8, 0.1, 0.1}, new double[] {0, 1, 0}, 0, 3, 0));
        assertFalse(Metrics.correct(new double[] {Double.NaN, 0.1}, new double[] {1, 0}, 0, 2, 0));
    }

    @Test
    void metricsMeasureTheMeanLossOverTheSet() {
        Trainer trainer = trainer("metrics");
        Network net = trainer.network();
        Examples test = trainer.testExamples();
        double sum = 0;
        int right = 0;
        for (int e = 0; e < test.count; e++) {
            double[] o = net.forward(test.inputs, e * 2);
            double d0 = o[0] - test.targets[2 * e];
            double d1 = o[1] - test.targets[2 * e + 1];
            sum += 0.5 * (d0 * d0 + d1 * d1);
            right += (o[0] > o[1]) == (test.targets[2 * e] > test.targets[2 * e + 1]) ? 1 : 0;
        }
        assertEquals(sum / test.count, trainer.testLoss(), 1e-15);
        assertEquals((double) right / test.count, trainer.testAccuracy(), 1e-15);
    }

    @Test
    void dataCanBeReplacedWithoutResettingTheNetwork() {
        Trainer trainer = trainer("replace");
        trainer.trainEpoch();
        double[][] before = weightsOf(trainer.network());
        trainer.setData(seven(7), seven(8));
        assertArrayEquals(before[0], trainer.network().weights(0));
        assertEquals(0, trainer.positionInEpoch());
        trainer.trainEpoch();
        assertEquals(2, trainer.epoch());
        Examples narrow = new Examples(1, 2, new double[] {1}, new double[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> trainer.setData(narrow, narrow));
    }

    @Test
    void hiddenActivationCanChangeWithoutTouchingWeights() {
        Trainer trainer = trainer("activation");
        double[][] before = weightsOf(trainer.network());
        double loss = trainer.trainLoss();
        trainer.network().setHiddenActivation(Activation.RELU);
        assertArrayEquals(before[0], trainer.network().weights(0));
        assertNotEquals(loss, trainer.trainLoss(), "the cached loss is re-measured");
        trainer.trainEpoch();
        assertEquals(Activation.RELU, trainer.network().hiddenActivation());
    }

    @Test
    void crossEntropyLossesRefuseTargetsOutsideZeroOne() {
        Network net = new Network(SHAPE, Activation.TANH, Activation.SIGMOID, Init.DEFAULT, new Rng(1));
        Examples plusMinus = new Examples(2, 2, new double[] {0, 0}, new double[] {-1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(net, plusMinus, plusMinus, Loss.BINARY_CROSS_ENTROPY, new Rng(2)));
        assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void taskChangesOutputLossAndDataTogetherOrNotAtAll() {
        Trainer trainer = trainer("task");
        Examples zeroOne = new Examples(2, 2, new double[] {0.5, -0.5, 1, 1}, new double[] {0, 1, 1, 0});
        assertThrows(IllegalArgumentException.class,
                () -> trainer.setTask(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, seven(1), zeroOne));
        assertEquals(Activation.LINEAR, trainer.network().outputActivation());
        assertEquals(Loss.SQUARE, trainer.loss());
        trainer.setTask(Activation.SOFTMAX, Loss.CATEGORICAL_CROSS_ENTROPY, zeroOne, zeroOne);
        trainer.setLearningRate(0.5);
        double start = trainer.trainLoss();
        for (int i = 0; i < 50; i++) {
            trainer.trainEpoch();
        }
        assertTrue(trainer.trainLoss() < start, trainer.trainLoss() + " vs " + start);
        assertEquals(1.0, trainer.trainAccuracy());
    }
}
