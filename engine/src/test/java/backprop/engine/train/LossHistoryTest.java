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
    void staysBoundedAndEvenlySpacedOnTheChartsScaleHoweverLongItRuns() {
        LossHistory h = new LossHistory(64);
        for (int e = 1; e <= 1_000_000; e++) {
            h.record(e, 1, 1, 0, 0);
        }
        assertTrue(h.size() <= 64 && h.size() >= 32, "size " + h.size());
        for (int i = 1; i < h.size(); i++) {
            double gap = EpochScale.position(h.epoch(i)) - EpochScale.position(h.epoch(i - 1));
            assertTrue(gap >= h.stride() - 1e-9 && gap <= 2 * h.stride() + 1, "even spacing at " + i + ": " + gap);
        }
        assertTrue(EpochScale.position(1_000_000) - EpochScale.position(h.epoch(h.size() - 1)) < 2 * h.stride(),
                "the latest epochs are shown");
    }

    @Test
    void theFirstEpochsStayDenselySampledInALongRun() {
        LossHistory h = new LossHistory(400);
        for (int e = 0; e <= 32_000; e++) {
            if (h.due(e)) {
                assertTrue(h.record(e, 1, 1, 0, 0), "a due sample is kept");
            } else {
                assertFalse(h.record(e, 1, 1, 0, 0), "what is not due is not kept");
            }
        }
        int early = 0;
        for (int i = 0; i < h.size(); i++) {
            early += h.epoch(i) <= EpochScale.LINEAR_EPOCHS ? 1 : 0;
        }
        assertTrue(early >= 40, early + " samples in the first " + EpochScale.LINEAR_EPOCHS + " epochs");
        int late = 0;
        for (int i = 0; i < h.size(); i++) {
            late += h.epoch(i) >= 16_000 ? 1 : 0;
        }
        assertTrue(late < early, "the second half of the run takes fewer samples than its first 100 epochs: " + late);
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
        int lastOffered = (2_000_000 - 1) / 83 * 83;
        assertTrue(EpochScale.position(lastOffered) - EpochScale.position(h.epoch(h.size() - 1)) <= 2 * h.stride(),
                "the latest epochs are shown");
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
