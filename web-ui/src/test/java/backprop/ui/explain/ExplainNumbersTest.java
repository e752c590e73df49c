package backprop.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Network;
import backprop.engine.state.ExplainPhase;
import backprop.engine.state.Preset;
import backprop.engine.train.Experiment;
import backprop.engine.train.Trace;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The numbers the step-through shows for one example, read back from its HTML by id and
 * checked against sums, the loss and finite differences computed here from the weights.
 */
class ExplainNumbersTest {
    private static final Pattern NUMBER = Pattern.compile("id=\"(explain-[^\"]+)\" data-value=\"([^\"]+)\"");

    private Experiment experiment;
    private Trace trace;
    private Network network;

    @BeforeEach
    void traceOneExample() {
        Preset preset = new Preset();
        preset.seed = "explain-numbers";
        experiment = Experiment.create(preset);
        for (int i = 0; i < 3; i++) {
            experiment.trainer().trainEpoch();
        }
        trace = experiment.trainer().trace(false, 7);
        network = trace.before();
    }

    private Map<String, Double> shown(ExplainPhase phase, int reached) {
        Map<String, Double> values = new HashMap<>();
        Matcher m = NUMBER.matcher(ExplainNumbers.numbers(experiment, trace, phase, reached));
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }

    /** z and a of every layer, from the weights: z_j = Σ_i w_ji·a_i + b_j, a = f(z). */
    private double[][][] forward(double[] inputs) {
        ForwardPass pass = new ForwardPass(network, inputs);
        return new double[][][] {pass.zs, pass.as};
    }

    @Test
    void theForwardPassShowsEveryInputAndEachNeuronsSumAndActivation() {
        int depth = network.depth();
        Map<String, Double> shown = shown(ExplainPhase.FORWARD, depth);
        double[][][] expected = forward(trace.inputs());
        for (int i = 0; i < trace.inputs().length; i++) {
            assertEquals(trace.inputs()[i], shown.get("explain-in-" + i));
        }
        for (int layer = 1; layer <= depth; layer++) {
            for (int j = 0; j < network.layerSize(layer); j++) {
                assertEquals(expected[0][layer - 1][j], shown.get("explain-z-" + layer + "-" + j), 1e-12);
                assertEquals(expected[1][layer - 1][j], shown.get("explain-a-" + layer + "-" + j), 1e-12);
            }
        }
    }

    @Test
    void theForwardPassShowsOnlyTheLayersReached() {
        Map<String, Double> shown = shown(ExplainPhase.FORWARD, 1);
        assertTrue(shown.containsKey("explain-z-1-0"));
        assertFalse(shown.containsKey("explain-z-2-0"));
    }

    @Test
    void theLossIsHalfTheSquaredErrorOfTheOutput() {
        int depth = network.depth();
        Map<String, Double> shown = shown(ExplainPhase.LOSS, 0);
        double[] output = forward(trace.inputs())[1][depth - 1];
        double loss = 0;
        for (int k = 0; k < output.length; k++) {
            assertEquals(output[k], shown.get("explain-o-" + k), 1e-12);
            assertEquals(trace.targets()[k], shown.get("explain-t-" + k));
            loss += 0.5 * (output[k] - trace.targets()[k]) * (output[k] - trace.targets()[k]);
        }
        assertEquals(loss, shown.get("explain-loss"), 1e-12);
    }

    /** The loss with neuron j of layer {@code layer} (1..depth) given the pre-activation z. */
    private double lossWithZ(int layer, int j, double z) {
        int depth = network.depth();
        double[] previous = forward(trace.inputs())[1][layer - 1].clone();
        Activation hidden = network.hiddenActivation();
        previous[j] = (layer == depth ? network.outputActivation() : hidden).value(z);
        for (int k = layer; k < depth; k++) {
            int in = network.layerSize(k);
            int out = network.layerSize(k + 1);
            Activation f = k == depth - 1 ? network.outputActivation() : hidden;
            double[] next = new double[out];
            for (int o = 0; o < out; o++) {
                double sum = network.biases(k)[o];
                for (int i = 0; i < in; i++) {
                    sum += network.weights(k)[o * in + i] * previous[i];
                }
                next[o] = f.value(sum);
            }
            previous = next;
        }
        double loss = 0;
        for (int k = 0; k < previous.length; k++) {
            loss += 0.5 * (previous[k] - trace.targets()[k]) * (previous[k] - trace.targets()[k]);
        }
        return loss;
    }

    @Test
    void eachDeltaIsTheSlopeOfTheLossInThatNeuronsSum() {
        int depth = network.depth();
        Map<String, Double> shown = shown(ExplainPhase.BACKWARD, depth);
        double[][] zs = forward(trace.inputs())[0];
        double h = 1e-6;
        for (int layer = 1; layer <= depth; layer++) {
            for (int j = 0; j < network.layerSize(layer); j++) {
                double z = zs[layer - 1][j];
                double slope = (lossWithZ(layer, j, z + h) - lossWithZ(layer, j, z - h)) / (2 * h);
                assertEquals(slope, shown.get("explain-delta-" + layer + "-" + j), 1e-7);
            }
        }
    }

    @Test
    void theUpdateShowsEachWeightChangeAsMinusTheLearningRateTimesItsGradient() {
        Map<String, Double> shown = shown(ExplainPhase.UPDATE, 0);
        int depth = network.depth();
        Map<String, Double> deltas = shown(ExplainPhase.BACKWARD, depth);
        double rate = experiment.trainer().learningRate();
        assertEquals(rate, shown.get("explain-lr"));
        double[][] as = forward(trace.inputs())[1];
        for (int k = 0; k < depth; k++) {
            int in = network.layerSize(k);
            for (int j = 0; j < network.layerSize(k + 1); j++) {
                // ∂L/∂b = δ and ∂L/∂w_ji = δ_j·a_i, for one example and no regularization
                double delta = deltas.get("explain-delta-" + (k + 1) + "-" + j);
                assertEquals(-rate * delta, shown.get("explain-db-" + k + "-" + j), 1e-12);
                for (int i = 0; i < in; i++) {
                    String id = k + "-" + j + "-" + i;
                    double source = k == 0 ? trace.inputs()[i] : as[k - 1][i];
                    double weight = network.weights(k)[j * in + i];
                    assertEquals(weight, shown.get("explain-w-" + id));
                    assertEquals(-rate * delta * source, shown.get("explain-dw-" + id), 1e-12);
                    assertEquals(weight - rate * delta * source, shown.get("explain-wafter-" + id), 1e-12);
                }
            }
        }
    }
}
