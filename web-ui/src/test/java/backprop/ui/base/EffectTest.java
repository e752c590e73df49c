package backprop.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.engine.data.Dataset;
import backprop.engine.data.Feature;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.state.LossChoice;
import backprop.engine.state.Preset;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What each kind of edit of the state invalidates, and that the largest effect wins. */
class EffectTest {
    private static Effect after(Consumer<Preset> edit) {
        Preset before = new Preset();
        before.seed = "effect";
        Preset after = before.copy();
        edit.accept(after);
        return Effect.between(before, after);
    }

    @Test
    void theSameStateOrADrawingSettingChangesOnlyTheView() {
        assertEquals(Effect.VIEW, after(p -> { }));
        assertEquals(Effect.VIEW, after(p -> p.showTestData = true));
        assertEquals(Effect.VIEW, after(p -> p.discretize = true));
        assertEquals(Effect.VIEW, after(p -> p.explainIndex = 3));
    }

    @Test
    void learningRateAndOptimizerChangeTrainingLive() {
        assertEquals(Effect.TRAINING, after(p -> p.learningRate = 0.1));
        assertEquals(Effect.TRAINING, after(p -> p.optimizer = OptimizerType.ADAM));
        assertEquals(Effect.TRAINING, after(p -> p.momentum = 0.5));
    }

    @Test
    void theLossKeepsTheWeights() {
        assertEquals(Effect.TASK, after(p -> p.loss = LossChoice.CROSS_ENTROPY));
        assertEquals(Effect.TASK, after(p -> {
            p.loss = LossChoice.CROSS_ENTROPY;
            p.learningRate = 0.1;
        }));
    }

    @Test
    void shapeFeaturesAndHiddenActivationReshapeTheRunningNetwork() {
        assertEquals(Effect.RESHAPE, after(p -> p.networkShape = new int[] {4, 3}));
        assertEquals(Effect.RESHAPE, after(p -> p.setFeature(Feature.X_SQUARED, true)));
        assertEquals(Effect.RESHAPE, after(p -> p.activation = Activation.RELU));
    }

    @Test
    void otherNetworkSettingsStartTheNetworkOver() {
        assertEquals(Effect.NETWORK, after(p -> p.regularizationRate = 0.01));
        assertEquals(Effect.NETWORK, after(p -> p.batchSize = 20));
        assertEquals(Effect.NETWORK, after(p -> p.init = Init.HE));
        // a reshape together with a setting that cannot change live starts over
        assertEquals(Effect.NETWORK, after(p -> {
            p.networkShape = new int[] {4, 3};
            p.batchSize = 20;
        }));
    }

    @Test
    void newDataWinsOverEverythingElse() {
        assertEquals(Effect.NEW_DATA, after(p -> p.seed = "other"));
        assertEquals(Effect.NEW_DATA, after(p -> p.noise = 10));
        assertEquals(Effect.NEW_DATA, after(p -> p.percTrainData = 70));
        assertEquals(Effect.NEW_DATA, after(p -> p.dataset = Dataset.XOR));
        assertEquals(Effect.NEW_DATA, after(p -> {
            p.noise = 10;
            p.learningRate = 0.1;
            p.networkShape = new int[] {1};
        }));
    }
}
