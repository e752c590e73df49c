package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.engine.data.InputFeatures;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

class GridEvaluatorTest {
    /** Inputs x, y and x·y. */
    private static final InputFeatures XY_PRODUCT = new InputFeatures() {
        @Override
        public int width() {
            return 3;
        }

        @Override
        public void compute(double x, double y, double[] into, int offset) {
            into[offset] = x;
            into[offset + 1] = y;
            into[offset + 2] = x * y;
        }
    };

    private static Network network() {
        return new Network(new int[] {3, 2, 1}, Activation.TANH, Activation.SIGMOID, Init.DEFAULT, new Rng(21));
    }

    @Test
    void cellsHoldTheFeaturesAndEveryNeuronAtCellCentresTopRowFirst() {
        Network net = network();
        GridEvaluator grid = new GridEvaluator(4, -6, 6);
        grid.evaluate(net, XY_PRODUCT);
        double[] w0 = net.weights(0);
        double[] w1 = net.weights(1);
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                int cell = row * 4 + col;
                double x = -6 + (col + 0.5) * 3;
                double y = 6 - (row + 0.5) * 3;
                assertEquals(x, grid.cells(0, 0)[cell], 1e-15);
                assertEquals(y, grid.cells(0, 1)[cell], 1e-15);
                assertEquals(x * y, grid.cells(0, 2)[cell], 1e-13);
                double[] in = {x, y, x * y};
                double[] hidden = new double[2];
                double out = net.biases(1)[0];
                for (int j = 0; j < 2; j++) {
                    double z = net.biases(0)[j];
                    for (int i = 0; i < 3; i++) {
                        z += w0[j * 3 + i] * in[i];
                    }
                    hidden[j] = Math.tanh(z);
                    assertEquals(hidden[j], grid.cells(1, j)[cell], 1e-14);
                    out += w1[j] * hidden[j];
                }
                assertEquals(1 / (1 + Math.exp(-out)), grid.cells(2, 0)[cell], 1e-14);
            }
        }
        assertEquals(4.5, grid.y(0), 1e-15);
        assertEquals(-4.5, grid.x(0), 1e-15);
    }

    @Test
    void outputOnlyModeGivesTheSameOutputMapAndLeavesTheNetworkAlone() {
        Network net = network();
        net.forward(new double[] {0.1, 0.2, 0.02}, 0);
        double[] outputsBefore = net.outputs(0).clone();
        GridEvaluator all = new GridEvaluator(10, -1, 1);
        GridEvaluator big = new GridEvaluator(10, -1, 1, false);
        all.evaluate(net, XY_PRODUCT);
        big.evaluate(net, XY_PRODUCT);
        assertArrayEquals(all.output(0), big.output(0));
        assertArrayEquals(all.cells(2, 0), big.output(0));
        assertThrows(IllegalArgumentException.class, () -> big.cells(1, 0));
        assertArrayEquals(outputsBefore, net.outputs(0));
    }

    @Test
    void theSameArraysAreReusedAcrossEvaluations() {
        Network net = network();
        GridEvaluator grid = new GridEvaluator(8, -1, 1);
        grid.evaluate(net, XY_PRODUCT);
        double[] first = grid.output(0);
        double before = first[0];
        net.weights(1)[0] += 1;
        grid.evaluate(net, XY_PRODUCT);
        assertEquals(first, grid.output(0));
        assertEquals(false, before == first[0]);
    }

    /**
     * Cells are evaluated in blocks (13² = 169 cells: five blocks of 32 and a partial one), with
     * the sums of the network's own forward pass: every neuron's map is that pass's value, bit for bit.
     */
    @Test
    void blocksOfCellsGiveTheNetworksOwnForwardPassBitForBit() {
        Network net = new Network(new int[] {3, 8, 8, 9, 2}, Activation.TANH, Activation.SOFTMAX, Init.XAVIER,
                new Rng(4));
        GridEvaluator grid = new GridEvaluator(13, -5, 5);
        grid.evaluate(net, XY_PRODUCT);
        double[] in = new double[3];
        for (int row = 0, cell = 0; row < 13; row++) {
            for (int col = 0; col < 13; col++, cell++) {
                XY_PRODUCT.compute(grid.x(col), grid.y(row), in, 0);
                net.forward(in, 0);
                for (int k = 0; k < net.depth(); k++) {
                    for (int j = 0; j < net.layerSize(k + 1); j++) {
                        assertEquals(net.outputs(k)[j], grid.cells(k + 1, j)[cell], 0.0, "cell " + cell);
                    }
                }
            }
        }
    }
}
