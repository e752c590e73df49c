package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import backprop.engine.state.PresetCodec;
import backprop.engine.state.ScheduleChoice;
import org.junit.jupiter.api.Test;

/** Each schedule's η at chosen epochs, worked out by hand, and the trainer using η(epoch). */
class LearningRateScheduleTest {
    private static final double EXACT = 1e-15;

    @Test
    void constantIsTheBaseRateAtEveryEpoch() {
        assertEquals(0.03, LearningRateSchedule.CONSTANT.rate(0.03, 0));
        assertEquals(0.03, LearningRateSchedule.CONSTANT.rate(0.03, 123456));
    }

    @Test
    void stepHalvesAfterEveryTenEpochs() {
        LearningRateSchedule s = new LearningRateSchedule(ScheduleChoice.STEP, 10, 0.5, 0);
        assertEquals(0.1, s.rate(0.1, 0), EXACT);
        assertEquals(0.1, s.rate(0.1, 9), EXACT);
        assertEquals(0.05, s.rate(0.1, 10), EXACT);
        assertEquals(0.025, s.rate(0.1, 29), EXACT);
        assertEquals(0.0125, s.rate(0.1, 30), EXACT);
    }

    @Test
    void exponentialSpreadsTheSameDecayOverTheEpochs() {
        LearningRateSchedule s = new LearningRateSchedule(ScheduleChoice.EXPONENTIAL, 10, 0.5, 0);
        assertEquals(0.1, s.rate(0.1, 0), EXACT);
        assertEquals(0.070710678118654752, s.rate(0.1, 5), 1e-15); // 0.1 · √0.5
        assertEquals(0.05, s.rate(0.1, 10), EXACT);
        assertEquals(0.025, s.rate(0.1, 20), EXACT);
    }

    @Test
    void cosineFallsFromTheBaseToTheMinimumThenStays() {
        LearningRateSchedule s = new LearningRateSchedule(ScheduleChoice.COSINE, 100, 1, 0.01);
        assertEquals(0.1, s.rate(0.1, 0), EXACT);
        // 0.01 + 0.09 · (1 + cos(π/4)) / 2 = 0.01 + 0.09 · 0.853553390593
        assertEquals(0.0868198051533946, s.rate(0.1, 25), 1e-15);
        assertEquals(0.055, s.rate(0.1, 50), EXACT);
        assertEquals(0.01, s.rate(0.1, 100), EXACT);
        assertEquals(0.01, s.rate(0.1, 5000), EXACT);
    }

    @Test
    void cyclicRisesFromTheMinimumToTheBaseAndBackEveryPeriod() {
        LearningRateSchedule s = new LearningRateSchedule(ScheduleChoice.CYCLIC, 10, 1, 0.02);
        assertEquals(0.02, s.rate(0.1, 0), EXACT);
        assertEquals(0.052, s.rate(0.1, 2), EXACT); // 0.02 + 0.08 · 0.4
        assertEquals(0.1, s.rate(0.1, 5), EXACT);
        assertEquals(0.068, s.rate(0.1, 7), EXACT); // 0.02 + 0.08 · 0.6
        assertEquals(0.02, s.rate(0.1, 10), EXACT);
        assertEquals(0.052, s.rate(0.1, 32), EXACT);
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(ScheduleChoice.STEP, 0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(ScheduleChoice.STEP, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(ScheduleChoice.STEP, 5, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule(ScheduleChoice.COSINE, 5, 1, -1));
    }

    @Test
    void thePresetsKeysMakeTheSchedule() {
        LearningRateSchedule s = LearningRateSchedule.of(
                PresetCodec.decode("lrSchedule=step&lrEvery=3&lrGamma=0.1").preset);
        assertEquals(ScheduleChoice.STEP, s.type());
        assertEquals(0.3, s.rate(0.3, 2), EXACT);
        assertEquals(0.03, s.rate(0.3, 3), 1e-17);
        assertEquals(ScheduleChoice.CONSTANT, LearningRateSchedule.of(PresetCodec.decode("").preset).type());
    }

    /** Seven examples (batches of 3, 3 and 1 each epoch), two inputs and one target. */
    private static Trainer trainer() {
        Rng rng = new Rng(7);
        double[] in = new double[14];
        double[] out = new double[7];
        for (int i = 0; i < 14; i++) {
            in[i] = rng.uniform(-2, 2);
        }
        for (int i = 0; i < 7; i++) {
            out[i] = rng.uniform(-1, 1);
        }
        Examples data = new Examples(2, 1, in, out);
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.LINEAR, Init.DEFAULT, new Rng(3));
        Trainer t = new Trainer(net, data, data, Loss.SQUARE, new Rng(5));
        t.setBatchSize(3);
        return t;
    }

    @Test
    void theTrainerUsesEachEpochsRateForEveryUpdateOfThatEpoch() {
        Trainer scheduled = trainer();
        scheduled.setLearningRate(0.4);
        scheduled.setSchedule(new LearningRateSchedule(ScheduleChoice.STEP, 1, 0.5, 0));
        Trainer byHand = trainer();
        for (int epoch = 0; epoch < 3; epoch++) {
            assertEquals(0.4 / (1 << epoch), scheduled.learningRateNow(), EXACT);
            byHand.setLearningRate(0.4 / (1 << epoch));
            scheduled.trainEpoch();
            byHand.trainEpoch();
            // the epoch's last, one-example batch is applied as the epoch ends: with that epoch's η
            for (int k = 0; k < 2; k++) {
                assertArrayEquals(byHand.network().weights(k), scheduled.network().weights(k), 0.0);
                assertArrayEquals(byHand.network().biases(k), scheduled.network().biases(k), 0.0);
            }
        }
        assertEquals(0.4, scheduled.learningRate());
        assertEquals(0.05, scheduled.learningRateNow(), EXACT);
    }

    @Test
    void theStepThroughShowsTheRateOfTheEpochInProgress() {
        Trainer t = trainer();
        t.setLearningRate(0.4);
        t.setSchedule(new LearningRateSchedule(ScheduleChoice.STEP, 2, 0.5, 0));
        t.trainEpoch();
        t.trainEpoch();
        Trace trace = t.trace(false, 0);
        assertEquals(0.2, UpdateArithmetic.ofBias(trace, t, 1, 0).learningRate, EXACT);
        assertEquals(0.2, UpdateArithmetic.ofWeight(trace, t, 0, 1, 2).learningRate, EXACT);
        // the trace's update itself used 0.2: the bias moved by −0.2·δ (one example, SGD, no penalty)
        double delta = trace.deltas(1)[0];
        assertEquals(t.network().biases(1)[0] - 0.2 * delta, trace.after().biases(1)[0], 1e-15);
    }
}
