package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;

class StopRuleTest {
    @Test
    void stopsAtExactlyTheChosenEpoch() {
        StopRule rule = new StopRule(0, 500);
        rule.arm(0, 0.5);
        assertEquals(500, rule.epochsLeft(0));
        assertEquals(1, rule.epochsLeft(499));
        assertNull(rule.check(499, 0.4));
        assertEquals("after 500 epochs", rule.check(500, 0.4));
        assertNull(rule.check(501, 0.4), "a stop disarms the rule");
        assertEquals(Integer.MAX_VALUE, rule.epochsLeft(500));
    }

    @Test
    void playingOnPastTheChosenEpochDoesNotStopAgain() {
        StopRule rule = new StopRule(0, 10);
        rule.arm(10, 0.5);
        assertNull(rule.check(11, 0.5));
        assertEquals(Integer.MAX_VALUE, rule.epochsLeft(11));
        rule.arm(3, 0.5); // reset to an earlier epoch: armed again
        assertEquals(7, rule.epochsLeft(3));
        assertEquals("after 10 epochs", rule.check(10, 0.5));
    }

    @Test
    void stopsWhenTheTrainingLossFallsBelowTheThreshold() {
        StopRule rule = new StopRule(0.01, 0);
        rule.arm(0, 0.3);
        assertTrue(rule.watchesLoss());
        assertNull(rule.check(40, 0.0100));
        assertEquals("training loss 0.00987 < 0.01", rule.check(41, 0.009871));
        assertFalse(rule.watchesLoss());
    }

    @Test
    void aLossAlreadyBelowTheThresholdWhenPlayStartsDoesNotStopTheRun() {
        StopRule rule = new StopRule(0.01, 0);
        rule.arm(100, 0.005);
        assertFalse(rule.watchesLoss());
        assertNull(rule.check(101, 0.004));
    }

    @Test
    void zeroTurnsBothOffAndTheFirstConditionMetWins() {
        StopRule off = new StopRule(0, 0);
        off.arm(0, 1);
        assertNull(off.check(1_000_000, 0));
        assertEquals(Integer.MAX_VALUE, off.epochsLeft(0));
        StopRule both = StopRule.of(PresetCodec.decode("stopLoss=0.1&stopEpochs=20").preset);
        both.arm(0, 1);
        assertEquals("training loss 0.0500 < 0.1", both.check(12, 0.05));
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StopRule(-0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new StopRule(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new StopRule(Double.NaN, 0));
    }
}
