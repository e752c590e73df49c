package backprop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The frame's training deadline, worked out by hand from the rule in FrameBudget's Javadoc. */
class FrameBudgetTest {
    private static final double SIXTY_HZ = 1000 / 60.0;

    @Test
    void atSixtyHertzTrainingEndsAMarginBeforeTheRefresh() {
        FrameBudget budget = new FrameBudget();
        budget.frameStarted(1000, 1000.5);
        // 1000 + 16.67 − 1.5 − 0 (no rendering measured yet): 9.17 ms from now, under the 10 ms cap
        assertEquals(1000 + SIXTY_HZ - 1.5, budget.trainingDeadline(1006), 1e-9);
        // early in the frame, no more than ten milliseconds
        assertEquals(1000.5 + 10, budget.trainingDeadline(1000.5), 1e-9);
        // 14 + 1 + 1.5 = 16.5 ms still fit before the refresh: training gets the 1.17 ms left
        assertEquals(1000 + SIXTY_HZ - 1.5, budget.trainingDeadline(1014), 1e-9);
        // 14.5 + 1 + 1.5 = 17 ms do not: the frame takes the next refresh, capped at ten milliseconds
        assertEquals(1014.5 + 10, budget.trainingDeadline(1014.5), 1e-9);
    }

    @Test
    void theRenderingEstimateRisesAtOnceAndFallsByAFifth() {
        FrameBudget budget = new FrameBudget();
        budget.frameStarted(0, 0);
        budget.frameEnded(8, true);
        budget.rendered(12);
        assertEquals(4, budget.renderMillis(), 1e-12);
        assertEquals(SIXTY_HZ - 1.5 - 4, budget.trainingDeadline(6), 1e-9);

        budget.frameStarted(SIXTY_HZ, SIXTY_HZ);
        budget.frameEnded(SIXTY_HZ + 8, true);
        budget.rendered(SIXTY_HZ + 9); // measured 1: 4 + 0.2·(1 − 4)
        assertEquals(3.4, budget.renderMillis(), 1e-12);

        budget.frameStarted(2 * SIXTY_HZ, 2 * SIXTY_HZ);
        budget.frameEnded(2 * SIXTY_HZ + 8, true);
        budget.rendered(2 * SIXTY_HZ + 14); // measured 6 > 3.4
        assertEquals(6, budget.renderMillis(), 1e-12);
    }

    @Test
    void idleFramesAndLateMessagesTeachNothing() {
        FrameBudget budget = new FrameBudget();
        budget.frameStarted(0, 0);
        assertFalse(budget.frameEnded(1, false));
        budget.rendered(9);
        assertEquals(0, budget.renderMillis());

        assertTrue(budget.frameEnded(2, true));
        budget.frameStarted(SIXTY_HZ, SIXTY_HZ); // the next frame began before the message came
        budget.rendered(SIXTY_HZ + 1);
        assertEquals(0, budget.renderMillis());
    }

    @Test
    void aFasterDisplayIsLearnedButFramesStayAtSixtyHertz() {
        FrameBudget budget = new FrameBudget();
        double refresh = 1000 / 120.0;
        for (int i = 0; i < 3; i++) {
            budget.frameStarted(i * refresh, i * refresh);
        }
        assertEquals(refresh, budget.refreshMillis(), 1e-9);
        double start = 2 * refresh;
        // two refreshes of 8.33 ms make one 60 Hz frame
        assertEquals(start + 2 * refresh - 1.5, budget.trainingDeadline(start + 6), 1e-9);
    }

    @Test
    void aFrameWhoseDrawingAndRenderingFillTheRefreshTakesTheNextOneToo() {
        FrameBudget budget = new FrameBudget();
        budget.frameStarted(0, 0);
        budget.frameEnded(2, true);
        budget.rendered(10); // rendering takes 8 ms
        budget.frameStarted(SIXTY_HZ, SIXTY_HZ);
        // drawn for 14 ms: 14 + 1 + 8 + 1.5 = 24.5 ms > 16.67, so the frame ends at the second
        // refresh, less margin and rendering: 33.33 − 9.5 = 23.83 ms after its start
        assertEquals(SIXTY_HZ + 2 * SIXTY_HZ - 1.5 - 8, budget.trainingDeadline(SIXTY_HZ + 14), 1e-9);
    }

    @Test
    void aCallbackFarFromItsTimestampIsTimedFromItsOwnStart() {
        FrameBudget budget = new FrameBudget();
        budget.frameStarted(0, 500); // a timestamp from another clock
        assertEquals(500 + 10, budget.trainingDeadline(500), 1e-9);
        assertEquals(500 + SIXTY_HZ - 1.5, budget.trainingDeadline(508), 1e-9);
    }
}
