package backprop.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

class TargetEncodingTest {
    private static final DataPoints TWO = new DataPoints(new double[] {1, 2, 3}, new double[] {-1, -2, -3},
            new double[] {1, -1, 1}, 2);
    private static final DataPoints THREE = new DataPoints(new double[] {1, 2, 3}, new double[] {0, 0, 0},
            new double[] {2, 0, 1}, 3);
    private static final DataPoints VALUES = new DataPoints(new double[] {1, 2}, new double[] {0, 0},
            new double[] {0.25, -1.5}, 0);
    private static final FeatureSet XY = FeatureSet.of(Feature.X, Feature.Y);

    @Test
    void twoClassesAsPlusMinusOneOrZeroOne() {
        Examples pm = TargetEncoding.PLUS_MINUS_ONE.toExamples(TWO, XY);
        assertEquals(3, pm.count);
        assertEquals(2, pm.inputWidth);
        assertEquals(1, pm.targetWidth);
        assertArrayEquals(new double[] {1, -1, 2, -2, 3, -3}, pm.inputs);
        assertArrayEquals(new double[] {1, -1, 1}, pm.targets);
        assertArrayEquals(new double[] {1, 0, 1}, TargetEncoding.ZERO_ONE.toExamples(TWO, XY).targets);
    }

    @Test
    void classesAsOneHot() {
        Examples e = TargetEncoding.ONE_HOT.toExamples(THREE, FeatureSet.of(Feature.X_SQUARED));
        assertEquals(3, e.targetWidth);
        assertArrayEquals(new double[] {1, 4, 9}, e.inputs);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, e.targets);
        // two-class labels −1 / +1 are classes 0 / 1
        assertArrayEquals(new double[] {0, 1, 1, 0, 0, 1}, TargetEncoding.ONE_HOT.toExamples(TWO, XY).targets);
    }

    @Test
    void regressionAsTheValue() {
        assertArrayEquals(new double[] {0.25, -1.5}, TargetEncoding.VALUE.toExamples(VALUES, XY).targets);
    }

    @Test
    void chooseFollowsTheOutputActivation() {
        assertEquals(TargetEncoding.PLUS_MINUS_ONE, TargetEncoding.choose(2, Activation.TANH));
        assertEquals(TargetEncoding.PLUS_MINUS_ONE, TargetEncoding.choose(2, Activation.LINEAR));
        assertEquals(TargetEncoding.ZERO_ONE, TargetEncoding.choose(2, Activation.SIGMOID));
        assertEquals(TargetEncoding.ONE_HOT, TargetEncoding.choose(2, Activation.SOFTMAX));
        assertEquals(TargetEncoding.ONE_HOT, TargetEncoding.choose(3, Activation.SOFTMAX));
        assertEquals(TargetEncoding.VALUE, TargetEncoding.choose(0, Activation.LINEAR));
    }

    @Test
    void refusesAnEncodingThatDoesNotFitTheData() {
        assertThrows(IllegalArgumentException.class, () -> TargetEncoding.PLUS_MINUS_ONE.toExamples(THREE, XY));
        assertThrows(IllegalArgumentException.class, () -> TargetEncoding.ZERO_ONE.toExamples(VALUES, XY));
        assertThrows(IllegalArgumentException.class, () -> TargetEncoding.VALUE.toExamples(TWO, XY));
        assertThrows(IllegalArgumentException.class, () -> TargetEncoding.ONE_HOT.toExamples(VALUES, XY));
    }

    @Test
    void generatedDatasetsBecomeExamples() {
        DataPoints p = Dataset.SPIRAL3.generate(0, Rng.fromSeed("e"));
        Examples e = TargetEncoding.ONE_HOT.toExamples(p, FeatureSet.of(Feature.values()));
        assertEquals(600, e.count);
        assertEquals(9, e.inputWidth);
        double sum = 0;
        for (double t : e.targets) {
            sum += t;
        }
        assertEquals(600, sum, "one 1 per example");
    }
}
