package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.DigitTask;
import backprop.engine.state.DigitsConfig;
import org.junit.jupiter.api.Test;

/** Digits runs on the real committed file: these networks must learn to read. */
class DigitsExperimentTest {

    private static DigitsConfig config(DigitTask task, int... hidden) {
        DigitsConfig c = new DigitsConfig();
        c.task = task;
        c.hidden = hidden;
        return c;
    }

    @Test
    void a784_32_10NetworkReadsDigitsAfterTwoEpochs() {
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 32));
        assertArrayEquals(new int[] {784, 32, 10}, e.network().shape());
        assertEquals(8000, e.trainer().trainingExamples().count);
        assertEquals(2000, e.trainer().testExamples().count);
        e.trainer().trainEpoch();
        e.trainer().trainEpoch();
        double accuracy = e.trainer().testAccuracy();
        assertTrue(accuracy >= 0.85, "test accuracy " + accuracy);
        e.evaluateTestNow();
        assertEquals(accuracy, e.evaluatedTestAccuracy(), 1e-12, "the confusion matrix agrees with the trainer");
    }

    @Test
    void isFiveBeatsAlwaysSayingNo() {
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.IS_FIVE, 16));
        assertArrayEquals(new int[] {784, 16, 1}, e.network().shape());
        e.trainer().trainEpoch();
        e.evaluateTestNow();
        int[][] m = e.confusionMatrix();
        assertEquals(2, m.length);
        int fives = m[1][0] + m[1][1];
        double baseline = 1 - fives / 2000.0;
        assertTrue(baseline > 0.89 && baseline < 0.93, "about 9 % of digits are 5s: baseline " + baseline);
        double accuracy = e.evaluatedTestAccuracy();
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy + ", baseline " + baseline);
        assertTrue(m[1][1] > 0.7 * fives, "finds most 5s: " + m[1][1] + " of " + fives);
        assertEquals(accuracy, e.trainer().testAccuracy(), 1e-12);
    }

    @Test
    void halfSizeInputsAndNoHiddenLayer() {
        DigitsConfig c = config(DigitTask.WHICH_DIGIT);
        c.side = 14;
        c.learningRate = 0.1;
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), c);
        assertArrayEquals(new int[] {196, 10}, e.network().shape());
        assertEquals(14, e.digits().width());
        e.trainer().trainEpoch();
        assertTrue(e.trainer().testAccuracy() >= 0.8, "logistic regression on 14×14: " + e.trainer().testAccuracy());
        double[] p = e.predict(DigitFiles.mnist().image(0));
        assertEquals(10, p.length);
    }

    @Test
    void confusionMatrixCellsListTheirTestDigits() {
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 8));
        assertFalse(e.evaluated());
        assertThrows(IllegalStateException.class, e::confusionMatrix);
        e.trainer().trainExamples(3000);
        e.evaluateTestNow();
        int[][] m = e.confusionMatrix();
        int total = 0;
        int[] predictions = e.testPredictions();
        for (int actual = 0; actual < 10; actual++) {
            for (int predicted = 0; predicted < 10; predicted++) {
                total += m[actual][predicted];
                int[] cell = e.testExamplesIn(actual, predicted);
                assertEquals(m[actual][predicted], cell.length);
                for (int k : cell) {
                    assertEquals(actual, DigitFiles.mnist().label(e.split().testDigit(k)));
                    assertEquals(predicted, predictions[k]);
                }
            }
        }
        assertEquals(2000, total);
        int[] mistakes = e.testMistakes(50);
        assertEquals(50, mistakes.length);
        for (int k : mistakes) {
            assertTrue(predictions[k] != e.testClass(k));
        }
        assertTrue(e.testMistakes(100_000).length == 2000 - (int) Math.round(e.evaluatedTestAccuracy() * 2000));
    }

    @Test
    void anEvaluationSpreadOverFramesDescribesTheWeightsOfItsStart() {
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 8));
        e.trainer().trainExamples(500);
        DigitsExperiment same = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 8));
        same.trainer().trainExamples(500);
        same.evaluateTestNow();
        int frames = 0;
        while (!e.evaluateTest(300)) {
            e.trainer().trainExamples(100);   // training goes on between slices
            frames++;
        }
        assertEquals(6, frames);
        assertEquals(500, e.evaluatedAtExample());
        assertArrayEquals(same.testPredictions(), e.testPredictions());
    }

    @Test
    void aPassOverBlocksPredictsWhatOneDigitAtATimePredicts() {
        for (DigitTask task : DigitTask.values()) {
            DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), config(task, 12));
            e.trainer().trainExamples(700);
            int slices = 0;
            while (!e.evaluateTest(45)) {   // 45 = a block of 32 and a partial one of 13
                slices++;
            }
            assertEquals(2000 / 45, slices);
            int[] predictions = e.testPredictions();
            int right = 0;
            for (int k = 0; k < 2000; k++) {
                int alone = e.classify(DigitFiles.mnist().image(e.split().testDigit(k)));
                assertEquals(alone, predictions[k], task + ": test digit " + k);
                right += alone == e.testClass(k) ? 1 : 0;
            }
            assertEquals(right / 2000.0, e.evaluatedTestAccuracy(), 1e-15);
        }
    }

    @Test
    void predictGivesProbabilities() {
        DigitsExperiment e = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 16));
        e.trainer().trainEpoch();
        double[] image = DigitFiles.mnist().image(e.split().testDigit(0));
        double[] p = e.predict(image);
        double sum = 0;
        for (double v : p) {
            assertTrue(v >= 0 && v <= 1);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(e.task().predictedClass(p), e.classify(image));
        DigitsExperiment five = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.IS_FIVE, 16));
        assertEquals(1, five.predict(image).length);
        assertThrows(IllegalArgumentException.class, () -> e.predict(new double[100]));
    }

    @Test
    void theSeedFixesTheRun() {
        DigitsExperiment a = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 8));
        DigitsExperiment b = DigitsExperiment.create(DigitFiles.mnist(), config(DigitTask.WHICH_DIGIT, 8));
        a.trainer().trainExamples(300);
        b.trainer().trainExamples(300);
        assertArrayEquals(a.network().weights(0), b.network().weights(0), 0.0);
        DigitsConfig other = config(DigitTask.WHICH_DIGIT, 8);
        other.seed = "other";
        DigitsExperiment c = DigitsExperiment.create(DigitFiles.mnist(), other);
        assertFalse(java.util.Arrays.equals(a.network().weights(1), c.network().weights(1)));
        assertEquals(a.split().testDigit(7), c.split().testDigit(7), "the split does not depend on the seed");
    }

    @Test
    void settingsOutOfRangeAreListed() {
        DigitsConfig c = config(DigitTask.WHICH_DIGIT, 8, 200, 8, 8);
        c.side = 20;
        c.learningRate = 0;
        String message = assertThrows(IllegalArgumentException.class,
                () -> DigitsExperiment.create(DigitFiles.mnist(), c)).getMessage();
        assertTrue(message.contains("side must be 28 or 14"), message);
        assertTrue(message.contains("0..3 layers"), message);
        assertTrue(message.contains("learningRate"), message);
        DigitsConfig ok = config(DigitTask.WHICH_DIGIT, 128, 128, 128);
        assertTrue(ok.violations().isEmpty());
        assertEquals(DigitTask.IS_FIVE, DigitTask.fromId("five"));
        assertEquals(DigitTask.WHICH_DIGIT, DigitTask.fromId("digit"));
    }
}
