package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossHistoryTest {

    @Test
    void keepsEverySampleUntilFull() {
        LossHistory h = new LossHistory(8);
        for (int e = 1; e <= 7; e++) {
            assertTrue(h.record(e, 1.0 / e, 2.0 / e, 0.5, 0.4));
        }
        assertEquals(7, h.size());
        assertEquals(3, h.epoch(2));
        assertEquals(1.0 / 3, h.trainLoss(2));
        assertEquals(2.0 / 3, h.testLoss(2));
    }

    @Test
    void staysBoundedAndEvenlySpacedHoweverLongItRuns() {
        LossHistory h = new LossHistory(64);
        for (int e = 1; e <= 1_000_000; e++) {
            h.record(e, 1, 1, 0, 0);
        }
        assertTrue(h.size() <= 64 && h.size() >= 32, "size " + h.size());
        int step = h.epoch(1) - h.epoch(0);
        for (int i = 1; i < h.size(); i++) {
            assertEquals(step, h.epoch(i) - h.epoch(i - 1), "even spacing at " + i);
        }
        assertEquals(h.stride(), step);
        assertTrue(h.epoch(h.size() - 1) > 1_000_000 - 2 * step, "the latest epochs are shown");
    }

    @Test
    void ignoresEpochsCloserThanTheStrideAndRepeats() {
        LossHistory h = new LossHistory(4);
        h.record(1, 1, 1, 0, 0);
        assertFalse(h.record(1, 1, 1, 0, 0), "a repeated epoch is not a new sample");
        for (int e = 2; e <= 5; e++) {
            h.record(e, 1, 1, 0, 0);
        }
        assertEquals(2, h.stride());
        assertEquals(3, h.size(), "1, 3 and 5 are kept");
        assertFalse(h.record(6, 1, 1, 0, 0), "6 is closer than the stride to 5");
        assertTrue(h.record(7, 1, 1, 0, 0));
    }

    @Test
    void samplesTakenInJumpsStayBoundedToo() {
        LossHistory h = new LossHistory(32);
        for (int e = 0; e < 2_000_000; e += 83) {
            h.record(e, 1, 1, 0, 0);
        }
        assertTrue(h.size() <= 32 && h.size() >= 8, "size " + h.size());
        assertTrue(h.epoch(h.size() - 1) > 2_000_000 - 2 * 83 * h.stride());
    }

    @Test
    void truncateDropsLaterSamples() {
        LossHistory h = new LossHistory(16);
        for (int e = 1; e <= 10; e++) {
            h.record(e, e, e, 0, 0);
        }
        h.truncateAfter(4);
        assertEquals(4, h.size());
        assertTrue(h.record(5, 0.5, 0.5, 0, 0));
    }

    @Test
    void writesCsv() {
        LossHistory h = new LossHistory(4);
        h.record(1, 0.5, 0.25, 0.75, 1);
        assertEquals("epoch,train_loss,test_loss\n1,0.5,0.25\n", h.toCsv(false));
        assertEquals("epoch,train_loss,test_loss,train_accuracy,test_accuracy\n1,0.5,0.25,0.75,1\n", h.toCsv(true));
    }

    @Test
    void refusesABadCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new LossHistory(3));
        assertThrows(IllegalArgumentException.class, () -> new LossHistory(7));
        assertThrows(IndexOutOfBoundsException.class, () -> new LossHistory(4).epoch(0));
    }
}
