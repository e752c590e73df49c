package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.DigitTask;
import backprop.engine.state.DigitsConfig;
import org.junit.jupiter.api.Test;

class ClassAccuracyTest {

    @Test
    void perClassIsTheDiagonalOverEachRow() {
        int[][] m = {{8, 2, 0}, {1, 1, 2}, {0, 0, 0}};
        double[] r = ClassAccuracy.perClass(m);
        assertEquals(0.8, r[0], 1e-15);
        assertEquals(0.25, r[1], 1e-15);
        assertTrue(Double.isNaN(r[2]), "a class without test digits has no accuracy");
    }

    @Test
    void alwaysAnsweringIsTheShareOfThatClass() {
        assertEquals(0.9, ClassAccuracy.alwaysAnswering(new int[] {90, 10}, 0), 1e-15);
        assertEquals(0.1, ClassAccuracy.alwaysAnswering(new int[] {90, 10}, 1), 1e-15);
        assertEquals(0.0, ClassAccuracy.alwaysAnswering(new int[] {0, 0}, 0));
    }

    @Test
    void isFiveBaselineFromTheTestSetsLabels() {
        DigitsConfig c = new DigitsConfig();
        c.task = DigitTask.IS_FIVE;
        c.hidden = new int[] {8};
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), c);
        Digits d = DigitFiles.mnist();
        DigitsSplit split = DigitsSplit.standard(d.count());
        int fives = 0;
        for (int k = 0; k < split.testCount(); k++) {
            if (d.label(split.testDigit(k)) == 5) {
                fives++;
            }
        }
        assertArrayEquals(new int[] {split.testCount() - fives, fives}, e.testClassCounts());
        double baseline = ClassAccuracy.alwaysAnswering(e.testClassCounts(), 0);
        assertEquals(1 - (double) fives / split.testCount(), baseline, 1e-15);
        assertTrue(baseline > 0.85 && baseline < 0.95, "about nine in ten digits are not 5s: " + baseline);
    }

    @Test
    void perClassOfAWhichDigitRunAgreesWithItsPredictions() {
        DigitsConfig c = new DigitsConfig();
        c.task = DigitTask.WHICH_DIGIT;
        c.hidden = new int[] {16};
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), c);
        e.trainer().trainEpoch();
        e.evaluateTestNow();
        int[] predicted = e.testPredictions();
        Digits d = DigitFiles.mnist();
        DigitsSplit split = DigitsSplit.standard(d.count());
        int[] right = new int[10];
        int[] all = new int[10];
        for (int k = 0; k < predicted.length; k++) {
            int label = d.label(split.testDigit(k));
            all[label]++;
            if (predicted[k] == label) {
                right[label]++;
            }
        }
        double[] r = ClassAccuracy.perClass(e.confusionMatrix());
        for (int digit = 0; digit < 10; digit++) {
            assertEquals((double) right[digit] / all[digit], r[digit], 1e-15, "digit " + digit);
        }
        assertArrayEquals(all, e.testClassCounts());
    }
}
