package backprop.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureSetTest {
    @Test
    void orderIsCanonicalWhateverTheArgumentOrder() {
        FeatureSet s = FeatureSet.of(Feature.COS_Y, Feature.X, Feature.X_TIMES_Y, Feature.X);
        assertArrayEquals(new Feature[] {Feature.X, Feature.X_TIMES_Y, Feature.COS_Y}, s.toArray());
        assertEquals(3, s.width());
        assertEquals(1, s.indexOf(Feature.X_TIMES_Y));
        assertEquals(-1, s.indexOf(Feature.Y));
        assertTrue(s.contains(Feature.COS_Y));
        assertFalse(s.contains(Feature.SIN_X));
        assertEquals(s, FeatureSet.of(Feature.X, Feature.X_TIMES_Y, Feature.COS_Y));
        assertEquals(s.hashCode(), FeatureSet.of(Feature.X, Feature.X_TIMES_Y, Feature.COS_Y).hashCode());
    }

    @Test
    void computeWritesEachEnabledFeatureAtTheOffset() {
        FeatureSet s = FeatureSet.of(Feature.Y, Feature.SIN_X, Feature.X_SQUARED);
        double[] into = new double[6];
        into[0] = 42;
        s.compute(1.25, -3, into, 1);
        assertArrayEquals(new double[] {42, -3, 1.25 * 1.25, Math.sin(1.25), 0, 0}, into);
    }

    @Test
    void allNineFeaturesMakeNineInputs() {
        FeatureSet all = FeatureSet.of(Feature.values());
        assertEquals(9, all.width());
        double[] into = new double[9];
        all.compute(2, 3, into, 0);
        assertArrayEquals(new double[] {2, 3, 4, 9, 6, Math.sin(2), Math.sin(3), Math.cos(2), Math.cos(3)}, into);
    }

    @Test
    void needsAtLeastOneFeatureAndOneFlagPerFeature() {
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.of());
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.fromFlags(new boolean[9]));
        assertThrows(IllegalArgumentException.class, () -> FeatureSet.fromFlags(new boolean[3]));
    }
}
