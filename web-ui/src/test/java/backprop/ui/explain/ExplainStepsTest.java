package backprop.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.engine.state.ExplainPhase;
import org.junit.jupiter.api.Test;

class ExplainStepsTest {
    @Test
    void theStepperWalksForwardLayerByLayerThenLossThenBackThenUpdate() {
        int depth = 3;
        String walk = "";
        for (int p = 0; p < ExplainSteps.count(depth); p++) {
            ExplainPhase phase = ExplainSteps.phaseAt(p, depth);
            int step = ExplainSteps.stepAt(p, depth);
            assertEquals(p, ExplainSteps.position(phase, step, depth));
            walk += phase.id() + (step == 0 ? "" : ":" + step) + " ";
        }
        assertEquals("forward:1 forward:2 forward:3 loss backward:1 backward:2 backward:3 update ", walk);
    }

    @Test
    void stepZeroOrTooFarMeansTheWholePhase() {
        assertEquals(2, ExplainSteps.position(ExplainPhase.FORWARD, 0, 3));
        assertEquals(2, ExplainSteps.position(ExplainPhase.FORWARD, 9, 3));
        assertEquals(6, ExplainSteps.position(ExplainPhase.BACKWARD, 0, 3));
        assertEquals(3, ExplainSteps.reached(ExplainPhase.BACKWARD, 0, 3));
        assertEquals(1, ExplainSteps.reached(ExplainPhase.FORWARD, 1, 3));
        assertEquals(3, ExplainSteps.reached(ExplainPhase.LOSS, 0, 3));
        assertEquals(7, ExplainSteps.position(ExplainPhase.UPDATE, 4, 3));
    }

    @Test
    void aNetworkWithoutHiddenLayersHasFourSteps() {
        assertEquals(4, ExplainSteps.count(1));
        assertEquals(ExplainPhase.LOSS, ExplainSteps.phaseAt(1, 1));
        assertEquals(ExplainPhase.BACKWARD, ExplainSteps.phaseAt(2, 1));
        assertEquals(ExplainPhase.UPDATE, ExplainSteps.phaseAt(3, 1));
    }
}
