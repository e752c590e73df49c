package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExampleChoiceTest {

    @Test
    void picksOnlyAmongTheWorstTenth() {
        double[] losses = new double[50];
        for (int e = 0; e < 50; e++) {
            losses[e] = 1e-9 * (e + 1);
        }
        // the worst five: 7, 13, 21, 34, 48
        int[] bad = {7, 13, 21, 34, 48};
        for (int i = 0; i < bad.length; i++) {
            losses[bad[i]] = 0.1 + i;
        }
        Set<Integer> seen = new HashSet<>();
        Rng rng = new Rng(5);
        for (int draw = 0; draw < 200; draw++) {
            int e = ExampleChoice.worthExplaining(losses, rng, -1);
            assertTrue(losses[e] >= 0.1, "example " + e + " has loss " + losses[e]);
            seen.add(e);
        }
        assertEquals(5, seen.size(), "every one of the worst tenth is drawn: " + seen);
    }

    @Test
    void learnedExamplesOfTheWorstTenthAreLeftOutWhenSomeAreWrong() {
        double[] losses = new double[40]; // the worst tenth: four examples
        losses[3] = 0.5;
        losses[30] = 2e-4;
        losses[31] = 1e-4;
        losses[32] = 3e-4;
        Rng rng = new Rng(8);
        for (int draw = 0; draw < 50; draw++) {
            assertEquals(3, ExampleChoice.worthExplaining(losses, rng, -1));
        }
        losses[3] = 5e-4; // now every example is learned: the tenth is all there is
        Set<Integer> seen = new HashSet<>();
        for (int draw = 0; draw < 200; draw++) {
            seen.add(ExampleChoice.worthExplaining(losses, rng, -1));
        }
        assertEquals(Set.of(3, 30, 31, 32), seen);
    }

    @Test
    void theSameSeedGivesTheSameChoices() {
        double[] losses = new double[300];
        Rng fill = new Rng(3);
        for (int e = 0; e < losses.length; e++) {
            losses[e] = fill.nextDouble();
        }
        Rng a = new Rng(42);
        Rng b = new Rng(42);
        for (int draw = 0; draw < 20; draw++) {
            assertEquals(ExampleChoice.worthExplaining(losses, a, -1), ExampleChoice.worthExplaining(losses, b, -1));
        }
    }

    @Test
    void dataWithoutLossStillOffersEveryExample() {
        double[] losses = new double[7];
        Set<Integer> seen = new HashSet<>();
        Rng rng = new Rng(9);
        for (int draw = 0; draw < 300; draw++) {
            seen.add(ExampleChoice.worthExplaining(losses, rng, -1));
        }
        assertEquals(7, seen.size());
        assertEquals(-1, ExampleChoice.worthExplaining(new double[0], rng, -1));
    }

    @Test
    void avoidsTheExampleExplainedNowWhenThereIsAnother() {
        double[] losses = {0, 5, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Rng rng = new Rng(1);
        for (int draw = 0; draw < 50; draw++) {
            assertEquals(3, ExampleChoice.worthExplaining(losses, rng, 1), "the worst tenth is {1, 3}");
        }
        assertEquals(0, ExampleChoice.worthExplaining(new double[] {2}, rng, 0), "a single example is all there is");
    }

    @Test
    void aNanLossCountsAsTheWorst() {
        double[] losses = new double[20];
        losses[4] = 3;
        losses[11] = Double.NaN;
        assertEquals(11, ExampleChoice.largestLoss(losses));
        assertNotEquals(-1, ExampleChoice.worthExplaining(losses, new Rng(2), -1));
        assertEquals(1, ExampleChoice.largestLoss(new double[] {1, 2, 2}), "the first of ties");
    }

    @Test
    void lossesAreEachExamplesLossAndLeaveTheNetworkAlone() {
        Rng rng = new Rng(17);
        int n = 12;
        double[] in = new double[2 * n];
        double[] out = new double[n];
        for (int i = 0; i < in.length; i++) {
            in[i] = rng.uniform(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextDouble() < 0.5 ? -1 : 1;
        }
        Examples data = new Examples(2, 1, in, out);
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT, new Rng(4));
        net.forward(in, 0);
        double firstOutput = net.outputs(1)[0];
        double[] losses = ExampleChoice.losses(net, Loss.SQUARE, data);
        assertEquals(firstOutput, net.outputs(1)[0], 0.0, "the network's own forward values are untouched");
        for (int e = 0; e < n; e++) {
            double o = tanhNet(net, in[2 * e], in[2 * e + 1]);
            double expected = 0.5 * (o - out[e]) * (o - out[e]);
            assertEquals(expected, losses[e], 1e-12, "example " + e);
        }
        int worst = ExampleChoice.largestLoss(losses);
        for (double l : losses) {
            assertTrue(l <= losses[worst]);
        }
    }

    /** The 2-3-1 tanh network's output written out by hand from its weights. */
    private static double tanhNet(Network net, double x, double y) {
        double[] w0 = net.weights(0);
        double[] b0 = net.biases(0);
        double[] w1 = net.weights(1);
        double sum = net.biases(1)[0];
        for (int j = 0; j < 3; j++) {
            sum += w1[j] * Math.tanh(w0[2 * j] * x + w0[2 * j + 1] * y + b0[j]);
        }
        return Math.tanh(sum);
    }
}
