package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Dataset;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.data.TargetEncoding;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetTest {
    @Test
    void defaultsAreTensorFlowPlaygroundsAndOurs() {
        Preset p = new Preset();
        assertEquals(Activation.TANH, p.activation);
        assertEquals(Regularization.NONE, p.regularization);
        assertEquals(10, p.batchSize);
        assertEquals(Dataset.CIRCLE, p.dataset);
        assertEquals(Dataset.REG_PLANE, p.regDataset);
        assertEquals(0.03, p.learningRate);
        assertEquals(0, p.regularizationRate);
        assertEquals(0, p.noise);
        assertArrayEquals(new int[] {4, 2}, p.networkShape);
        assertEquals("", p.seed);
        assertFalse(p.showTestData || p.discretize || p.collectStats || p.hideText);
        assertEquals(50, p.percTrainData);
        assertEquals(Problem.CLASSIFICATION, p.problem);
        assertEquals(Init.DEFAULT, p.init);
        for (Feature f : Feature.values()) {
            assertEquals(f == Feature.X || f == Feature.Y, p.feature(f), f.id());
        }
        assertEquals(OptimizerType.SGD, p.optimizer);
        assertEquals(0.9, p.momentum);
        assertEquals(0.9, p.beta1);
        assertEquals(0.999, p.beta2);
        assertEquals(1e-8, p.epsilon);
        assertEquals(LossChoice.SQUARE, p.loss);
        assertNull(p.outputActivation);
        assertEquals("", p.datasetId);
        assertTrue(p.hiddenControls().isEmpty());
        assertEquals(List.of(), Limits.violations(p));
    }

    @Test
    void copyIsEqualAndIndependent() {
        Preset p = new Preset();
        p.setHidden("dataset", true);
        p.setFeature(Feature.SIN_X, true);
        p.seed = "abc";
        Preset c = p.copy();
        assertEquals(p, c);
        assertEquals(p.hashCode(), c.hashCode());
        c.networkShape[0] = 7;
        c.setHidden("noise", true);
        c.setFeature(Feature.X, false);
        assertArrayEquals(new int[] {4, 2}, p.networkShape);
        assertFalse(p.isHidden("noise"));
        assertTrue(p.feature(Feature.X));
        assertNotEquals(p, c);
    }

    @Test
    void hiddenControlsAreKeptSortedAndOnceEach() {
        Preset p = new Preset();
        p.setHidden("noise", true);
        p.setHidden("dataset", true);
        p.setHidden("problem", true);
        p.setHidden("noise", true);
        p.setHidden("learningRate", false);
        assertEquals(List.of("dataset", "noise", "problem"), p.hiddenControls());
        p.setHidden("noise", false);
        assertEquals(List.of("dataset", "problem"), p.hiddenControls());
        assertTrue(p.isHidden("problem"));
        assertFalse(p.isHidden("noise"));
        Preset q = new Preset();
        q.setHidden("problem", true);
        q.setHidden("dataset", true);
        assertEquals(p, q, "the order the names came in does not matter");
        assertEquals(p.hashCode(), q.hashCode());
    }

    @Test
    void equalsSeesEveryField() {
        Preset a = new Preset();
        Preset b = new Preset();
        b.epsilon = 1e-7;
        assertNotEquals(a, b);
        b = new Preset();
        b.setHidden("x", true);
        assertNotEquals(a, b);
        b = new Preset();
        b.networkShape = new int[] {4, 2};
        assertEquals(a, b);
    }

    @Test
    void regressionPlaysTheRegressionDataset() {
        Preset p = new Preset();
        p.regDataset = Dataset.REG_GAUSS;
        assertEquals(Dataset.CIRCLE, p.activeDataset());
        p.problem = Problem.REGRESSION;
        assertEquals(Dataset.REG_GAUSS, p.activeDataset());
    }

    @Test
    void outputActivationAndLossFollowTheRule() {
        Preset p = new Preset();
        assertEquals(Activation.TANH, p.outputActivation(2));
        assertEquals(Activation.LINEAR, p.outputActivation(0));
        assertEquals(Activation.SOFTMAX, p.outputActivation(3));
        assertEquals(Loss.SQUARE, p.lossFor(2));
        assertEquals(TargetEncoding.PLUS_MINUS_ONE, p.targetEncoding(2));
        assertEquals(3, Preset.outputsFor(3));
        assertEquals(1, Preset.outputsFor(2));

        p.loss = LossChoice.CROSS_ENTROPY;
        assertEquals(Activation.SIGMOID, p.outputActivation(2));
        assertEquals(Loss.BINARY_CROSS_ENTROPY, p.lossFor(2));
        assertEquals(TargetEncoding.ZERO_ONE, p.targetEncoding(2));
        assertEquals(Loss.CATEGORICAL_CROSS_ENTROPY, p.lossFor(3));
        assertEquals(Loss.SQUARE, p.lossFor(0), "regression always uses the square loss");
        assertEquals(Activation.LINEAR, p.outputActivation(0));

        p.outputActivation = Activation.TANH;
        assertEquals(Activation.SIGMOID, p.outputActivation(2), "cross-entropy needs probabilities");
        p.loss = LossChoice.SQUARE;
        p.outputActivation = Activation.SIGMOID;
        assertEquals(Activation.SIGMOID, p.outputActivation(2));
        assertEquals(Activation.SIGMOID, p.outputActivation(0));
        p.outputActivation = Activation.SOFTMAX;
        assertEquals(Activation.TANH, p.outputActivation(2), "softmax of one output would be constant");
        assertEquals(Activation.SOFTMAX, p.outputActivation(3));
    }
}
