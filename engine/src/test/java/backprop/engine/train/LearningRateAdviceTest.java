package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.PresetCodec;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class LearningRateAdviceTest {
    /** A history of {@code epochs} epochs whose training loss at epoch e is {@code loss(e)}. */
    private static LossHistory history(int epochs, IntToDoubleFunction loss) {
        LossHistory h = new LossHistory(400);
        for (int e = 0; e <= epochs; e++) {
            h.record(e, loss.applyAsDouble(e), loss.applyAsDouble(e), 0, 0);
        }
        return h;
    }

    private static final double TINY_RATIO = 1e-6;
    private static final double TYPICAL_RATIO = 1e-3;

    @Test
    void aConvergedRunGetsNoAdviceEvenWithTinySteps() {
        LossHistory converged = history(2000, e -> 0.5 * Math.exp(-e / 50.0) + 1e-4);
        assertEquals(LearningRateAdvice.NONE, LearningRateAdvice.judge(converged, 0, TINY_RATIO),
                "after convergence the steps are tiny, and that is no reason to raise the rate");
    }

    @Test
    void aHighSlowlyFallingLossWithTinyStepsAsksForAHigherRate() {
        LossHistory slow = history(600, e -> 0.5 - 1e-5 * e);
        assertEquals(LearningRateAdvice.TOO_SMALL, LearningRateAdvice.judge(slow, 0, TINY_RATIO));
        assertEquals(LearningRateAdvice.NONE, LearningRateAdvice.judge(slow, 0, TYPICAL_RATIO),
                "steps of a normal size: the rate is not what holds the loss up");
        assertEquals(LearningRateAdvice.NONE, LearningRateAdvice.judge(history(50, e -> 0.5 - 1e-5 * e), 0, TINY_RATIO),
                "too early to call it slow");
    }

    @Test
    void aHighLossThatStillFallsFastGetsNoAdvice() {
        LossHistory falling = history(300, e -> 0.5 * Math.exp(-e / 600.0));
        assertEquals(LearningRateAdvice.NONE, LearningRateAdvice.judge(falling, 0, TINY_RATIO));
    }

    @Test
    void stuckNeuronsAndAHighLossMeanTheRateIsTooLarge() {
        LossHistory flat = history(40, e -> 0.9);
        assertEquals(LearningRateAdvice.TOO_LARGE, LearningRateAdvice.judge(flat, 0.75, TINY_RATIO));
        assertEquals(LearningRateAdvice.NONE, LearningRateAdvice.judge(flat, 0.25, TINY_RATIO), "a few stuck neurons are normal");
        LossHistory learned = history(40, e -> e < 5 ? 0.9 : 0.01);
        assertEquals(LearningRateAdvice.NONE, LearningRateAdvice.judge(learned, 0.75, TINY_RATIO),
                "saturated neurons that solved the task are no problem");
    }

    @Test
    void aLossThatClimbsBackUpMeansTheRateIsTooLarge() {
        LossHistory climbing = history(60, e -> e < 20 ? 0.5 - 0.02 * e : 0.1 + 0.02 * (e - 20));
        assertEquals(LearningRateAdvice.TOO_LARGE, LearningRateAdvice.judge(climbing, 0, 0.3));
    }

    @Test
    void theMessagesSayWhatToTry() {
        String large = LearningRateAdvice.message(LearningRateAdvice.TOO_LARGE, 10);
        assertTrue(large.contains("so large") && large.contains("Try 0.03"), large);
        String small = LearningRateAdvice.message(LearningRateAdvice.TOO_SMALL, 0.0001);
        assertTrue(small.contains("a higher learning rate may help") && small.contains("0.001"), small);
        assertEquals("", LearningRateAdvice.message(LearningRateAdvice.NONE, 0.03));
    }

    @Test
    void etaTenSaturatesTheDefaultNetworkAndTheAdviceSaysSo() {
        Experiment e = Experiment.create(PresetCodec.decode("seed=0.5&learningRate=10").preset);
        LossHistory h = new LossHistory(400);
        for (int i = 0; i < 60 && !e.trainer().diverged(); i++) {
            Trainer t = e.trainer();
            h.record(t.epoch(), t.trainLoss(), t.testLoss(), 0, 0);
            t.trainEpoch();
        }
        double stuck = Saturation.stuckFraction(e.network(), e.trainer().trainingExamples());
        assertTrue(stuck >= 0.5, "stuck " + stuck);
        assertEquals(LearningRateAdvice.TOO_LARGE, LearningRateAdvice.judge(h, stuck, UpdateRatios.ratio(e.network(), 0)));

        Experiment calm = Experiment.create(PresetCodec.decode("seed=0.5&learningRate=0.03").preset);
        for (int i = 0; i < 60; i++) {
            calm.trainer().trainEpoch();
        }
        assertTrue(Saturation.stuckFraction(calm.network(), calm.trainer().trainingExamples()) < 0.5);
    }
}
