package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

class WeightsSnapshotTest {
    private static Network network(int seed) {
        return new Network(new int[] {2, 3, 2}, Activation.TANH, Activation.LINEAR, Init.HE, new Rng(seed));
    }

    @Test
    void roundTripIsBitExact() {
        Network net = network(1);
        net.weights(0)[0] = -0.0;
        net.weights(0)[1] = Double.MIN_VALUE;
        net.weights(0)[2] = -Double.MAX_VALUE;
        net.biases(1)[1] = 1.0 / 3.0;
        String text = WeightsSnapshot.export(net);
        assertTrue(text.startsWith("v1;2,3,2;"), text);
        assertEquals("v1;2,3,2;".length() + 11 * (6 + 3 + 6 + 2), text.length());
        Network other = network(2);
        WeightsSnapshot.importInto(other, text);
        for (int k = 0; k < net.depth(); k++) {
            for (int i = 0; i < net.weights(k).length; i++) {
                assertEquals(Double.doubleToRawLongBits(net.weights(k)[i]),
                        Double.doubleToRawLongBits(other.weights(k)[i]));
            }
            assertArrayEquals(net.biases(k), other.biases(k));
        }
        assertEquals(text, WeightsSnapshot.export(other));
    }

    @Test
    void refusesWhatDoesNotFitAndChangesNothing() {
        Network net = network(3);
        String good = WeightsSnapshot.export(network(4));
        double[] before = net.weights(0).clone();
        String nan = good.substring(0, good.length() - 11) + "H_4AAAAAAAA"; // 0x7FF8000000000000 = NaN
        String[][] cases = {
            {"", "Not a weights snapshot"},
            {"hello", "Not a weights snapshot"},
            {"v9;2,3,2;" + good.substring(9), "version"},
            {"v1;2,4,2;" + good.substring(9), "shape 2,4,2"},
            {good.substring(0, good.length() - 1), "characters of data"},
            {good + "A", "characters of data"},
            {good.substring(0, 20) + "*" + good.substring(21), "Unexpected character '*'"},
            {good.substring(0, 9) + "Q" + good.substring(10), "Unexpected character 'Q'"},
            {nan, "Value 16 of the snapshot is not a finite number"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WeightsSnapshot.importInto(net, c[0]), c[1]);
            assertTrue(e.getMessage().contains(c[1]), "expected \"" + c[1] + "\" in: " + e.getMessage());
            assertArrayEquals(before, net.weights(0));
        }
        assertThrows(IllegalArgumentException.class, () -> WeightsSnapshot.importInto(net, null));
        assertThrows(IllegalArgumentException.class, () -> WeightsSnapshot.importInto(null, good));
        assertThrows(IllegalArgumentException.class, () -> WeightsSnapshot.export(null));
    }
}
