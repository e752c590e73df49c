package backprop.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.formula.Formula;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

/** The datasets of a typed function: labels and targets from f, undefined points counted and left out. */
class FormulaDataTest {
    @Test
    void classificationLabelsTheSideOfTheCurve() {
        FormulaData d = Dataset.FORMULA.generate(Formula.parseOfX("x^2/3 - 2"), 0, Rng.fromSeed("c"));
        assertEquals(500, d.points.size());
        assertEquals(0, d.undefined);
        assertEquals(2, d.points.classes);
        int above = 0;
        for (int i = 0; i < d.points.size(); i++) {
            double x = d.points.x[i];
            double y = d.points.y[i];
            assertTrue(Math.abs(x) <= 6 && Math.abs(y) <= 6);
            assertEquals(y > x * x / 3 - 2 ? 1.0 : -1.0, d.points.label[i]);
            above += d.points.label[i] > 0 ? 1 : 0;
        }
        assertTrue(above > 100 && above < 400, "both sides have points: " + above);
    }

    @Test
    void regressionTargetsAreTheFunction() {
        FormulaData d = Dataset.REG_FORMULA.generate(Formula.parse("x*y*y"), 0, Rng.fromSeed("r"));
        assertEquals(1200, d.points.size());
        assertEquals(0, d.points.classes);
        for (int i = 0; i < d.points.size(); i++) {
            double x = d.points.x[i];
            double y = d.points.y[i];
            assertEquals(x * y * y, d.points.label[i], 1e-12);
        }
    }

    @Test
    void undefinedPointsAreCountedAndLeftOut() {
        FormulaData d = FormulaData.sample(Formula.parse("log(x)"), backprop.engine.data.Problem.REGRESSION, 1000, 0,
                Rng.fromSeed("u"));
        assertEquals(1000, d.points.size() + d.undefined);
        assertTrue(d.undefined > 400 && d.undefined < 600, "about half the square has x <= 0: " + d.undefined);
        for (int i = 0; i < d.points.size(); i++) {
            assertTrue(d.points.x[i] > 0);
            assertTrue(Double.isFinite(d.points.label[i]));
        }
        FormulaData none = FormulaData.sample(Formula.parse("sqrt(-1-x^2)"), Problem.REGRESSION, 100, 0, Rng.fromSeed("n"));
        assertEquals(0, none.points.size());
        assertEquals(100, none.undefined);
    }

    @Test
    void theSameSeedGivesTheSamePointsAndNoiseMovesLabels() {
        Formula f = Formula.parseOfX("x");
        FormulaData a = Dataset.FORMULA.generate(f, 0.3, Rng.fromSeed("s"));
        FormulaData b = Dataset.FORMULA.generate(f, 0.3, Rng.fromSeed("s"));
        int wrongSide = 0;
        for (int i = 0; i < a.points.size(); i++) {
            assertEquals(a.points.x[i], b.points.x[i]);
            assertEquals(a.points.label[i], b.points.label[i]);
            wrongSide += (a.points.y[i] > a.points.x[i] ? 1.0 : -1.0) != a.points.label[i] ? 1 : 0;
        }
        assertTrue(wrongSide > 10, "label noise flips some points near the line: " + wrongSide);
    }

    @Test
    void aBoundaryOfYIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> FormulaData.sample(Formula.parse("y"), Problem.CLASSIFICATION, 10, 0, Rng.fromSeed("y")));
        assertThrows(IllegalArgumentException.class, () -> Dataset.CIRCLE.generate(Formula.parse("x"), 0, Rng.fromSeed("c")));
    }

    @Test
    void typedFeaturesFeedZeroWhereUndefined() {
        Formula log = Formula.parse("log(x)");
        assertEquals(0, FeatureFormulas.input(log, -1, 0));
        assertEquals(Math.log(2), FeatureFormulas.input(log, 2, 0));
        DataPoints p = new DataPoints(new double[] {-1, 0, 1, 2}, new double[4], new double[4], 0);
        assertEquals(2, FeatureFormulas.undefinedAt(log, p));
        assertEquals("x*y*y,sin(3*x)", FeatureFormulas.join(FeatureFormulas.parse("x*y*y,sin(3*x)")));
    }

    @Test
    void typedFeaturesComeAfterTheBuiltInOnes() {
        FeatureSet set = FeatureSet.of(Feature.X, Feature.SIN_Y).withTyped(Formula.parse("x*y*y"), Formula.parse("log(x)"));
        assertEquals(4, set.width());
        assertEquals(2, set.builtIn());
        double[] in = new double[5];
        set.compute(2, 3, in, 1);
        assertEquals(2, in[1]);
        assertEquals(Math.sin(3), in[2]);
        assertEquals(18, in[3]);
        assertEquals(Math.log(2), in[4]);
        set.compute(-2, 3, in, 0);
        assertEquals(0, in[3], "log(-2) is undefined: the input feeds 0");
        assertEquals("log(x)", set.label(3));
        assertEquals(Feature.SIN_Y.label(), set.label(1));
        assertTrue(!set.equals(FeatureSet.of(Feature.X, Feature.SIN_Y)));
        assertEquals(set, FeatureSet.of(Feature.SIN_Y, Feature.X).withTyped(set.typed()));
    }
}
