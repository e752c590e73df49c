package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

/** RMSE and R² of a regression, on a network set by hand so that every number is known. */
class MetricsTest {
    /** A 1-1 linear network computing o = 2x (weight 2, bias 0), tested on inputs 1, 2, 3. */
    private static Trainer doubling(double[] targets) {
        Network net = new Network(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR, Init.DEFAULT, new Rng(1));
        net.weights(0)[0] = 2;
        net.biases(0)[0] = 0;
        net.changed();
        Examples test = new Examples(1, 1, new double[] {1, 2, 3}, targets);
        return new Trainer(net, test, test, Loss.SQUARE, new Rng(2));
    }

    @Test
    void rmseAndR2OfAHandWorkedRegression() {
        // outputs 2, 4, 6 against targets 2, 5, 5: errors 0, −1, 1; Σe² = 2
        Trainer t = doubling(new double[] {2, 5, 5});
        assertEquals(0.816496580927726, t.testRmse(), 1e-15); // √(2/3)
        // t̄ = 4, Σ(t − t̄)² = 4 + 1 + 1 = 6: R² = 1 − 2/6
        assertEquals(0.6666666666666667, t.testR2(), 1e-15);
    }

    @Test
    void aPerfectFitHasRmseZeroAndR2One() {
        Trainer t = doubling(new double[] {2, 4, 6});
        assertEquals(0.0, t.testRmse());
        assertEquals(1.0, t.testR2());
    }

    @Test
    void aFitWorseThanTheMeanHasNegativeR2() {
        // outputs 2, 4, 6 against 6, 4, 2: Σe² = 16 + 0 + 16 = 32; Σ(t − 4)² = 8: R² = 1 − 4 = −3
        Trainer t = doubling(new double[] {6, 4, 2});
        assertEquals(-3.0, t.testR2(), 1e-15);
        assertEquals(3.265986323710904, t.testRmse(), 1e-15); // √(32/3)
    }

    @Test
    void r2OfConstantTargetsIsOneForAPerfectFitAndZeroOtherwise() {
        assertEquals(0.0, doubling(new double[] {4, 4, 4}).testR2());
        assertEquals(1.0, Metrics.determination(0, new double[] {4, 4, 4}, 3));
    }
}
