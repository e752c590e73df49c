package backprop.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatasetTest {
    private static final double[] NOISES = {0, 0.25, 0.5};

    private static DataPoints gen(Dataset d, double noise, String seed) {
        return d.generate(noise, Rng.fromSeed(seed));
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void sameSeedGivesSamePointsAndOtherSeedOthers(Dataset d) {
        DataPoints a = gen(d, 0.25, "0.83165");
        DataPoints b = gen(d, 0.25, "0.83165");
        DataPoints c = gen(d, 0.25, "0.12345");
        assertArrayEquals(a.x, b.x);
        assertArrayEquals(a.y, b.y);
        assertArrayEquals(a.label, b.label);
        assertFalse(Arrays.equals(a.x, c.x) && Arrays.equals(a.y, c.y), d + ": another seed gave the same points");
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void defaultCountClassesAndLabelsAreRight(Dataset d) {
        DataPoints p = gen(d, 0.5, "labels");
        assertEquals(d.defaultCount(), p.size());
        assertEquals(d.classes(), p.classes);
        assertEquals(d.problem() == Problem.REGRESSION, d.classes() == 0);
        for (double label : p.label) {
            if (d.classes() == 2) {
                assertTrue(label == 1 || label == -1, d + " label " + label);
            } else if (d.classes() >= 3) {
                assertTrue(label == Math.floor(label) && label >= 0 && label < d.classes(), d + " label " + label);
            } else {
                assertTrue(Double.isFinite(label));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void everyCoordinateLiesInThePlottedDomain(Dataset d) {
        for (double noise : NOISES) {
            for (int s = 0; s < 5; s++) {
                DataPoints p = gen(d, noise, "domain" + s);
                for (int i = 0; i < p.size(); i++) {
                    assertTrue(Math.abs(p.x[i]) <= 6 && Math.abs(p.y[i]) <= 6,
                            d + " noise " + noise + ": (" + p.x[i] + ", " + p.y[i] + ")");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void oddCountsAreSharedAmongClassesAndExact(Dataset d) {
        DataPoints p = d.generate(7, 0.1, Rng.fromSeed("odd"));
        assertEquals(7, p.size());
        assertEquals(0, d.generate(0, 0, Rng.fromSeed("none")).size());
    }

    @Test
    void classesAreBalancedWithoutNoise() {
        assertArrayEquals(new int[] {250, 250}, twoClassCounts(gen(Dataset.CIRCLE, 0, "b")));
        assertArrayEquals(new int[] {250, 250}, twoClassCounts(gen(Dataset.GAUSS, 0, "b")));
        assertArrayEquals(new int[] {250, 250}, twoClassCounts(gen(Dataset.SPIRAL, 0, "b")));
        assertArrayEquals(new int[] {250, 250}, twoClassCounts(gen(Dataset.MOONS, 0, "b")));
        assertArrayEquals(new int[] {250, 250}, twoClassCounts(gen(Dataset.CHECKERBOARD, 0, "b")));
        int[] xor = twoClassCounts(gen(Dataset.XOR, 0, "b"));
        assertTrue(xor[0] > 200 && xor[1] > 200, "xor " + Arrays.toString(xor));
        assertArrayEquals(new int[] {200, 200, 200}, classCounts(gen(Dataset.SPIRAL3, 0, "b")));
        assertArrayEquals(new int[] {200, 200, 200}, classCounts(gen(Dataset.BLOBS3, 0.5, "b")));
    }

    @Test
    void circleLabelIsInsideRadiusTwoAndAHalfUnlessNoiseBlursIt() {
        assertEquals(0, circleMislabels(gen(Dataset.CIRCLE, 0, "c")));
        for (int i = 0; i < 500; i++) {
            DataPoints p = gen(Dataset.CIRCLE, 0, "c");
            double r = Math.hypot(p.x[i], p.y[i]);
            assertTrue(r < 2.5 || (r >= 3.5 && r <= 5), "radius " + r);
        }
        assertTrue(circleMislabels(gen(Dataset.CIRCLE, 0.5, "c")) > 25, "noise 50 should blur labels");
    }

    @Test
    void xorLabelIsTheSignOfXTimesYWithAGapAlongTheAxes() {
        DataPoints p = gen(Dataset.XOR, 0, "x");
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.x[i] * p.y[i] >= 0 ? 1 : -1, p.label[i]);
            assertTrue(Math.abs(p.x[i]) >= 0.3 && Math.abs(p.y[i]) >= 0.3 && Math.abs(p.x[i]) <= 5.3);
        }
        DataPoints noisy = gen(Dataset.XOR, 0.5, "x");
        int wrong = 0;
        for (int i = 0; i < noisy.size(); i++) {
            wrong += noisy.x[i] * noisy.y[i] >= 0 == noisy.label[i] > 0 ? 0 : 1;
        }
        assertTrue(wrong > 25, "noise 50 should flip some xor labels, flipped " + wrong);
    }

    @Test
    void gaussVarianceGrowsFromHalfToFourWithNoise() {
        // many points, so that the sample variance is within a few percent
        assertEquals(0.5, positiveBlobVariance(Dataset.GAUSS.generate(20000, 0, Rng.fromSeed("g"))), 0.03);
        assertEquals(0.5 + 3.5 / 2, positiveBlobVariance(Dataset.GAUSS.generate(20000, 0.25, Rng.fromSeed("g"))), 0.1);
        // at variance 4 (sd 2 around 2) draws beyond 6 are redrawn: a normal truncated to
        // [-4 sd, +2 sd] has variance 4 * (1 + (a phi(a) - b phi(b)) / Z - ((phi(a) - phi(b)) / Z)^2) = 3.544
        assertEquals(3.544, positiveBlobVariance(Dataset.GAUSS.generate(20000, 0.5, Rng.fromSeed("g"))), 0.12);
        DataPoints p = gen(Dataset.GAUSS, 0, "g");
        assertEquals(2, mean(p.x, p.label, 1), 0.15);
        assertEquals(-2, mean(p.y, p.label, -1), 0.15);
    }

    @Test
    void spiralPointsSitOnTheirArmWithinTheNoise() {
        for (double noise : NOISES) {
            DataPoints p = gen(Dataset.SPIRAL, noise, "s");
            int n = 250;
            double sumDev = 0;
            for (int i = 0; i < p.size(); i++) {
                int k = i / n;
                int j = i % n;
                double r = 5.0 * j / n;
                double t = 1.75 * 2 * Math.PI * j / n + Math.PI * k;
                double dx = p.x[i] - r * Math.sin(t);
                double dy = p.y[i] - r * Math.cos(t);
                assertTrue(Math.abs(dx) <= noise + 1e-12 && Math.abs(dy) <= noise + 1e-12);
                assertEquals(k == 0 ? 1 : -1, p.label[i]);
                sumDev += Math.abs(dx);
            }
            assertEquals(noise / 2, sumDev / p.size(), 0.05, "mean jitter at noise " + noise);
        }
    }

    @Test
    void threeSpiralsHaveThreeArmsLabelledZeroToTwo() {
        DataPoints p = gen(Dataset.SPIRAL3, 0, "s3");
        for (int i = 0; i < p.size(); i++) {
            int k = i / 200;
            int j = i % 200;
            double t = 1.25 * 2 * Math.PI * j / 200 + 2 * Math.PI * k / 3;
            double r = 5.0 * j / 200;
            assertEquals(r * Math.sin(t), p.x[i], 1e-12);
            assertEquals(r * Math.cos(t), p.y[i], 1e-12);
            assertEquals(k, p.label[i]);
        }
    }

    @Test
    void planeValueIsXPlusYOverTenWithoutNoise() {
        DataPoints p = gen(Dataset.REG_PLANE, 0, "p");
        double min = 0;
        double max = 0;
        for (int i = 0; i < p.size(); i++) {
            assertEquals((p.x[i] + p.y[i]) / 10, p.label[i], 1e-12);
            min = Math.min(min, p.label[i]);
            max = Math.max(max, p.label[i]);
        }
        assertTrue(min >= -1.2 && min < -0.9 && max <= 1.2 && max > 0.9, "range " + min + ".." + max);
        DataPoints noisy = gen(Dataset.REG_PLANE, 0.5, "p");
        double dev = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double d = Math.abs(noisy.label[i] - (noisy.x[i] + noisy.y[i]) / 10);
            assertTrue(d <= 0.6 + 1e-12, "jitter ±3 per axis moves the value at most 0.6");
            dev += d;
        }
        assertTrue(dev / noisy.size() > 0.15, "noise 50 should move values, mean shift " + dev / noisy.size());
    }

    @Test
    void multiGaussianIsSixSignedBumpsOfRadiusTwo() {
        DataPoints p = gen(Dataset.REG_GAUSS, 0, "mg");
        double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        int checked = 0;
        for (int i = 0; i < p.size(); i++) {
            assertTrue(Math.abs(p.label[i]) <= 1);
            double nearest = Double.MAX_VALUE;
            double sign = 0;
            for (double[] c : centres) {
                double d = Math.hypot(p.x[i] - c[0], p.y[i] - c[1]);
                if (d < nearest) {
                    nearest = d;
                    sign = c[2];
                }
            }
            // bumps do not overlap (centres ≥ 4 apart, radius 2): the nearest one decides
            double expected = nearest >= 2 ? 0 : sign * (1 - nearest / 2);
            assertEquals(expected, p.label[i], 1e-12);
            checked += nearest < 2 ? 1 : 0;
        }
        assertTrue(checked > 100, "enough points inside bumps: " + checked);
    }

    @Test
    void moonsLieOnTwoReflectedHalfCircles() {
        DataPoints p = gen(Dataset.MOONS, 0, "m");
        for (int i = 0; i < p.size(); i++) {
            double s = p.label[i];
            double u = s * p.x[i] / 3 + 0.5;
            double v = s * p.y[i] / 3 + 0.25;
            assertEquals(1, Math.hypot(u, v), 1e-9);
            assertTrue(v >= -1e-12, "upper half of its circle");
        }
        DataPoints noisy = gen(Dataset.MOONS, 0.5, "m");
        double dev = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double s = noisy.label[i];
            dev += Math.abs(Math.hypot(s * noisy.x[i] / 3 + 0.5, s * noisy.y[i] / 3 + 0.25) - 1);
        }
        assertTrue(dev / noisy.size() > 0.1, "noise 50 should spread the moons, mean " + dev / noisy.size());
    }

    @Test
    void checkerboardLabelIsTheCellColour() {
        assertEquals(0, checkerMislabels(gen(Dataset.CHECKERBOARD, 0, "cb")));
        assertTrue(checkerMislabels(gen(Dataset.CHECKERBOARD, 0.5, "cb")) > 25);
    }

    @Test
    void threeBlobsCentreOnTheCircleOfRadiusThree() {
        DataPoints p = gen(Dataset.BLOBS3, 0, "b3");
        for (int c = 0; c < 3; c++) {
            double angle = Math.PI / 2 + 2 * Math.PI * c / 3;
            assertEquals(3 * Math.cos(angle), mean(p.x, p.label, c), 0.15);
            assertEquals(3 * Math.sin(angle), mean(p.y, p.label, c), 0.15);
        }
    }

    @Test
    void rejectsNoiseOutsideTheFractionRangeAndBadCounts() {
        Rng rng = Rng.fromSeed("x");
        assertThrows(IllegalArgumentException.class, () -> Dataset.CIRCLE.generate(10, 0.51, rng));
        assertThrows(IllegalArgumentException.class, () -> Dataset.CIRCLE.generate(10, Double.NaN, rng));
        assertThrows(IllegalArgumentException.class, () -> Dataset.CIRCLE.generate(-1, 0, rng));
    }

    @Test
    void idsAreTensorFlowPlaygroundsAndGroupedByProblem() {
        String[] ids = {"circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss", "moons", "checkerboard",
            "spiral3", "blobs3"};
        for (String id : ids) {
            assertEquals(id, Dataset.fromId(id).id());
        }
        assertEquals(null, Dataset.fromId("Circle"));
        assertEquals(9, Dataset.forProblem(Problem.CLASSIFICATION).length);
        assertArrayEquals(new Dataset[] {Dataset.REG_PLANE, Dataset.REG_GAUSS, Dataset.REG_FORMULA},
                Dataset.forProblem(Problem.REGRESSION));
    }

    private static int circleMislabels(DataPoints p) {
        int wrong = 0;
        for (int i = 0; i < p.size(); i++) {
            wrong += Math.hypot(p.x[i], p.y[i]) < 2.5 == p.label[i] > 0 ? 0 : 1;
        }
        return wrong;
    }

    private static int checkerMislabels(DataPoints p) {
        int wrong = 0;
        for (int i = 0; i < p.size(); i++) {
            int col = (int) Math.floor((p.x[i] + 6) / 3);
            int row = (int) Math.floor((p.y[i] + 6) / 3);
            wrong += ((col + row) % 2 == 0) == p.label[i] > 0 ? 0 : 1;
        }
        return wrong;
    }

    private static int[] twoClassCounts(DataPoints p) {
        int[] n = new int[2];
        for (double label : p.label) {
            n[label > 0 ? 0 : 1]++;
        }
        return n;
    }

    private static int[] classCounts(DataPoints p) {
        int[] n = new int[p.classes];
        for (double label : p.label) {
            n[(int) label]++;
        }
        return n;
    }

    private static double mean(double[] v, double[] label, double cls) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (label[i] == cls) {
                sum += v[i];
                n++;
            }
        }
        return sum / n;
    }

    private static double positiveBlobVariance(DataPoints p) {
        double m = mean(p.x, p.label, 1);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.label[i] == 1) {
                sum += (p.x[i] - m) * (p.x[i] - m);
                n++;
            }
        }
        return sum / (n - 1);
    }
}
