package backprop.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Loss;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.state.ExplainPhase;
import backprop.engine.state.Preset;
import backprop.engine.train.Experiment;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplainTextTest {
    private static Experiment experiment(OptimizerType optimizer, Regularization regularization, double rate) {
        Preset p = new Preset();
        p.seed = "explain-text";
        p.optimizer = optimizer;
        p.regularization = regularization;
        p.regularizationRate = rate;
        return Experiment.create(p);
    }

    @Test
    void neuronsAreNamedFromOneAndTheLastLayerIsTheOutput() {
        assertEquals("neuron 1 of layer 1", ExplainText.neuronName(1, 0, 3));
        assertEquals("neuron 3 of layer 2", ExplainText.neuronName(2, 2, 3));
        assertEquals("output 1", ExplainText.neuronName(3, 0, 3));
    }

    @Test
    void aLinkFromTheInputsIsNamedAfterItsFeature() {
        Experiment e = experiment(OptimizerType.SGD, Regularization.NONE, 0);
        assertEquals(Feature.Y.label(), ExplainText.sourceName(e, 0, 1));
        assertEquals("neuron 2 of layer 1", ExplainText.sourceName(e, 1, 1));
    }

    @Test
    void everyActivationHasItsOwnName() {
        Set<String> names = new HashSet<>();
        for (Activation f : Activation.values()) {
            assertTrue(names.add(ExplainText.functionName(f)), "two activations named " + ExplainText.functionName(f));
        }
    }

    @Test
    void theOutputDeltaRuleNamesTheSlopeOnlyWhereItDoesNotCancel() {
        String square = ExplainText.outputDeltaRule(Loss.SQUARE, Activation.TANH);
        assertTrue(square.contains("(o − t)·f′(z)") && square.contains("1 − a²") && square.contains("tanh"), square);
        assertTrue(ExplainText.outputDeltaRule(Loss.SQUARE, Activation.SOFTMAX).contains("Σ_k"));
        assertTrue(ExplainText.outputDeltaRule(Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID).endsWith("δ = o − t."));
    }

    @Test
    void theUpdateFormulaFollowsTheOptimizerAndTheRegularization() {
        assertEquals("Δw = −η·∂L/∂w.", ExplainText.updateFormula(experiment(OptimizerType.SGD, Regularization.NONE, 0.1).trainer()));
        String momentum = ExplainText.updateFormula(experiment(OptimizerType.MOMENTUM, Regularization.NONE, 0).trainer());
        assertTrue(momentum.contains("β = 0.9"), momentum);
        assertTrue(ExplainText.updateFormula(experiment(OptimizerType.ADAM, Regularization.NONE, 0).trainer()).contains("Adam"));
        String l1 = ExplainText.updateFormula(experiment(OptimizerType.SGD, Regularization.L1, 0.01).trainer());
        assertTrue(l1.contains("λ = 0.01") && l1.contains("sign(w)"), l1);
        String l2 = ExplainText.updateFormula(experiment(OptimizerType.SGD, Regularization.L2, 0.01).trainer());
        assertTrue(l2.contains("R′(w) = w."), l2);
        assertFalse(ExplainText.updateFormula(experiment(OptimizerType.SGD, Regularization.L2, 0).trainer()).contains("λ"),
                "a rate of 0 regularizes nothing");
    }

    @Test
    void theLayeredPhasesSayWhichLayerOfHowMany() {
        Experiment e = experiment(OptimizerType.SGD, Regularization.NONE, 0);
        assertTrue(ExplainText.sentences(ExplainPhase.FORWARD, 2, 3, e.trainer()).startsWith("Forward pass (layer 2 of 3)."));
        assertTrue(ExplainText.sentences(ExplainPhase.BACKWARD, 1, 3, e.trainer()).startsWith("Backward pass (layer 1 of 3,"));
        assertTrue(ExplainText.sentences(ExplainPhase.UPDATE, 0, 3, e.trainer()).contains("Δw = −η·∂L/∂w."));
    }
}
