package backprop.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Network;
import backprop.engine.nn.OptimizerType;
import backprop.engine.state.Preset;
import backprop.engine.train.Experiment;
import backprop.engine.train.Trace;
import backprop.ui.base.Target;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The arithmetic shown for a clicked weight or neuron, against finite differences and the update rules. */
class ExplainDetailTest {
    private static final Pattern NUMBER = Pattern.compile("id=\"(detail-[^\"]+)\" data-value=\"([^\"]+)\"");
    private static final double H = 1e-6;

    private static Experiment trained(OptimizerType optimizer) {
        Preset preset = new Preset();
        preset.seed = "explain-detail";
        preset.optimizer = optimizer;
        Experiment experiment = Experiment.create(preset);
        for (int i = 0; i < 3; i++) {
            experiment.trainer().trainEpoch();
        }
        return experiment;
    }

    private static Map<String, Double> values(String html) {
        Map<String, Double> values = new HashMap<>();
        Matcher m = NUMBER.matcher(html);
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }

    /** The loss of the example with weight {@code index} of weight layer {@code k} moved by {@code by}. */
    private static double lossWithWeight(Trace trace, int k, int index, double by) {
        Network copy = trace.before().copy();
        copy.weights(k)[index] += by;
        return new ForwardPass(copy, trace.inputs()).squareLoss(trace.targets());
    }

    @Test
    void aWeightsGradientIsTheSlopeOfTheLossAndPlainSgdStepsAgainstIt() {
        Experiment experiment = trained(OptimizerType.SGD);
        Trace trace = experiment.trainer().trace(false, 4);
        int k = 1;
        int from = 2;
        int to = 1;
        int index = to * trace.before().layerSize(k) + from;
        Map<String, Double> shown = values(ExplainDetail.link(experiment, trace, Target.link(k, from, to)));

        double slope = (lossWithWeight(trace, k, index, H) - lossWithWeight(trace, k, index, -H)) / (2 * H);
        assertEquals(slope, shown.get("detail-grad"), 1e-7);
        double a = new ForwardPass(trace.before(), trace.inputs()).as[k - 1][from];
        assertEquals(a, shown.get("detail-a"), 1e-12);
        assertEquals(shown.get("detail-delta") * a, shown.get("detail-grad"), 1e-12);
        double rate = experiment.trainer().learningRate();
        double weight = trace.before().weights(k)[index];
        assertEquals(weight, shown.get("detail-w"));
        assertEquals(-rate * shown.get("detail-grad"), shown.get("detail-dw"), 1e-12);
        assertEquals(weight + shown.get("detail-dw"), shown.get("detail-new-w"), 1e-12);
    }

    @Test
    void momentumRemembersTheVelocityOfTheStepsBefore() {
        Experiment experiment = trained(OptimizerType.MOMENTUM);
        Trace trace = experiment.trainer().trace(false, 4);
        Map<String, Double> shown = values(ExplainDetail.link(experiment, trace, Target.link(0, 1, 3)));
        double beta = shown.get("detail-beta");
        assertEquals(0.9, beta);
        double expected = beta * shown.get("detail-v-before") - experiment.trainer().learningRate() * shown.get("detail-grad");
        assertEquals(expected, shown.get("detail-v-after"), 1e-12);
        assertEquals(shown.get("detail-v-after"), shown.get("detail-dw-opt"), 1e-12);
    }

    @Test
    void aBiasActsLikeAWeightOnAnInputOfOne() {
        Experiment experiment = trained(OptimizerType.SGD);
        Trace trace = experiment.trainer().trace(false, 4);
        Map<String, Double> shown = values(ExplainDetail.link(experiment, trace, Target.bias(0, 2)));
        assertEquals(1, shown.get("detail-a"));
        Network up = trace.before().copy();
        up.biases(0)[2] += H;
        Network down = trace.before().copy();
        down.biases(0)[2] -= H;
        double slope = (new ForwardPass(up, trace.inputs()).squareLoss(trace.targets())
                - new ForwardPass(down, trace.inputs()).squareLoss(trace.targets())) / (2 * H);
        assertEquals(slope, shown.get("detail-grad"), 1e-7);
    }

    @Test
    void aNeuronShowsItsSumActivationAndSlope() {
        Experiment experiment = trained(OptimizerType.SGD);
        Trace trace = experiment.trainer().trace(false, 4);
        Map<String, Double> shown = values(ExplainDetail.neuron(experiment, trace, Target.neuron(1, 2)));
        ForwardPass pass = new ForwardPass(trace.before(), trace.inputs());
        double z = pass.zs[0][2];
        assertEquals(z, shown.get("detail-z"), 1e-12);
        assertEquals(pass.as[0][2], shown.get("detail-a"), 1e-12);
        Activation f = trace.before().hiddenActivation();
        assertEquals((f.value(z + H) - f.value(z - H)) / (2 * H), shown.get("detail-fprime"), 1e-8);
    }
}
