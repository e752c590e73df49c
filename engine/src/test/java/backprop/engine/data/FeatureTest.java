package backprop.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FeatureTest {
    private static final double[][] POINTS = {{0, 0}, {1.5, -2}, {-6, 6}, {3.14159, 0.5}, {-0.25, -5.75}};

    @Test
    void valuesMatchTheMathsDirectly() {
        for (double[] pt : POINTS) {
            double x = pt[0];
            double y = pt[1];
            assertEquals(x, Feature.X.value(x, y));
            assertEquals(y, Feature.Y.value(x, y));
            assertEquals(x * x, Feature.X_SQUARED.value(x, y));
            assertEquals(y * y, Feature.Y_SQUARED.value(x, y));
            assertEquals(x * y, Feature.X_TIMES_Y.value(x, y));
            assertEquals(Math.sin(x), Feature.SIN_X.value(x, y));
            assertEquals(Math.sin(y), Feature.SIN_Y.value(x, y));
            assertEquals(Math.cos(x), Feature.COS_X.value(x, y));
            assertEquals(Math.cos(y), Feature.COS_Y.value(x, y));
        }
    }

    @Test
    void idsAreTensorFlowPlaygroundsUrlKeysInCanonicalOrder() {
        String[] ids = {"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY", "cosX", "cosY"};
        Feature[] all = Feature.values();
        String[] actual = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            actual[i] = all[i].id();
            assertEquals(all[i], Feature.fromId(ids[i]));
        }
        assertArrayEquals(ids, actual);
        assertNull(Feature.fromId("X"));
    }

    @Test
    void labelsUseSubscriptsAndSuperscripts() {
        assertEquals("X\u2081", Feature.X.label());
        assertEquals("X\u2082", Feature.Y.label());
        assertEquals("X\u2081\u00B2", Feature.X_SQUARED.label());
        assertEquals("X\u2081X\u2082", Feature.X_TIMES_Y.label());
        assertEquals("cos(X\u2082)", Feature.COS_Y.label());
    }
}
