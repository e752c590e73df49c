package backprop.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.Preset;
import backprop.engine.train.LessonNetwork;
import backprop.engine.train.Trace;
import org.junit.jupiter.api.Test;

/**
 * The chapters' task checks on the lessons' default numbers (the address without lesson values) and
 * on hand-chosen ones, each outcome checked against the forward pass written out with Math.exp.
 */
class LessonTasksTest {
    private static final Preset DEFAULTS = new Preset();

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The output of the 2-2-1 sigmoid network, by hand. */
    private static double output(double[] x, double[] w, double[] b) {
        double h1 = sigmoid(w[0] * x[0] + w[1] * x[1] + b[0]);
        double h2 = sigmoid(w[2] * x[0] + w[3] * x[1] + b[1]);
        return sigmoid(w[4] * h1 + w[5] * h2 + b[2]);
    }

    private static Trace trace(double[] w, double[] b) {
        return LessonNetwork.trace(DEFAULTS.lessonInputs, DEFAULTS.lessonTarget, w, b, DEFAULTS.lessonRate);
    }

    @Test
    void chapterOneAsksForAnOutputAboveNinetyPercent() {
        double before = output(DEFAULTS.lessonInputs, DEFAULTS.lessonWeights, DEFAULTS.lessonBiases);
        assertTrue(before < NeuronChapter.GOAL, "the task is not done before the learner acts: o = " + before);
        assertFalse(NeuronChapter.solved(trace(DEFAULTS.lessonWeights, DEFAULTS.lessonBiases)));
        double[] w = NetworkChapter.with(DEFAULTS.lessonWeights, 4, 4);
        double after = output(DEFAULTS.lessonInputs, w, DEFAULTS.lessonBiases);
        assertTrue(after > NeuronChapter.GOAL, "o = " + after);
        assertTrue(NeuronChapter.solved(trace(w, DEFAULTS.lessonBiases)));
    }

    @Test
    void chapterTwoAsksForALossBelowOnePercent() {
        double o = output(DEFAULTS.lessonInputs, DEFAULTS.lessonWeights, DEFAULTS.lessonBiases);
        assertTrue(0.5 * (o - DEFAULTS.lessonTarget) * (o - DEFAULTS.lessonTarget) > LossChapter.GOAL);
        assertFalse(LossChapter.solved(trace(DEFAULTS.lessonWeights, DEFAULTS.lessonBiases)));
        double[] b = NetworkChapter.with(DEFAULTS.lessonBiases, 2, -1.5);
        double lowered = output(DEFAULTS.lessonInputs, DEFAULTS.lessonWeights, b);
        double loss = 0.5 * (lowered - DEFAULTS.lessonTarget) * (lowered - DEFAULTS.lessonTarget);
        assertTrue(loss < LossChapter.GOAL, "L = " + loss);
        assertTrue(LossChapter.solved(trace(DEFAULTS.lessonWeights, b)));
    }

    @Test
    void chapterThreeTakesOnlyTheRightSign() {
        assertTrue(BackwardChapter.rightSign(0.25, true));
        assertFalse(BackwardChapter.rightSign(0.25, false));
        assertTrue(BackwardChapter.rightSign(-1e-9, false));
        assertFalse(BackwardChapter.rightSign(-1e-9, true));
        assertFalse(BackwardChapter.rightSign(0, true), "0 is neither positive");
        assertFalse(BackwardChapter.rightSign(0, false), "nor negative");
    }

    @Test
    void chapterThreesFirstQuestionNeedsTheWholeChain() {
        // δ of the output is positive (o > t), v₂ is negative, so δ of h₂ and ∂L/∂w₂₂ = δ·x₂ are negative.
        Trace t = trace(DEFAULTS.lessonWeights, DEFAULTS.lessonBiases);
        assertEquals(3, BackwardChapter.FIRST_ASKED);
        assertTrue(t.deltas(1)[0] > 0);
        assertTrue(DEFAULTS.lessonWeights[5] < 0);
        assertTrue(t.weightGradients(0)[3] < 0);
    }

    @Test
    void chapterFourIsSolvedByARateBetweenTooSmallAndTooLarge() {
        double[] x = DEFAULTS.lessonInputs;
        double[] w = DEFAULTS.lessonWeights;
        double[] b = DEFAULTS.lessonBiases;
        double target = DEFAULTS.lessonTarget;
        int n = UpdateChapter.STEPS;
        assertFalse(UpdateChapter.solved(LessonNetwork.losses(x, target, w, b, DEFAULTS.lessonRate, n)),
                "the default rate does not solve it");
        assertFalse(UpdateChapter.solved(LessonNetwork.losses(x, target, w, b, UpdateChapter.SMALL, n)), "too small");
        assertFalse(UpdateChapter.solved(LessonNetwork.losses(x, target, w, b, UpdateChapter.LARGE, n)), "too large");
        assertTrue(UpdateChapter.solved(LessonNetwork.losses(x, target, w, b, 5, n)), "a rate in between");
    }

    @Test
    void chapterFourCountsOnlyTheStepsItAllows() {
        double[] late = new double[UpdateChapter.STEPS + 2];
        java.util.Arrays.fill(late, 1);
        late[UpdateChapter.STEPS + 1] = 0;
        assertFalse(UpdateChapter.solved(late), "below the goal only after one step too many");
        late[UpdateChapter.STEPS] = UpdateChapter.GOAL / 2;
        assertTrue(UpdateChapter.solved(late));
        double[] start = {0, 1, 1};
        assertFalse(UpdateChapter.solved(start), "the loss before any step does not count");
    }
}
