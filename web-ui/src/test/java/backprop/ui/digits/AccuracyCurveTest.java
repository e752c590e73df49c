package backprop.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccuracyCurveTest {
    @Test
    void aSecondPassAtTheSameProgressReplacesTheAccuracyOnly() {
        AccuracyCurve curve = new AccuracyCurve();
        curve.add(100, 50, 0.5);
        curve.add(100, 80, 0.6);
        assertEquals(1, curve.size());
        assertEquals(100, curve.examples(0));
        assertEquals(50, curve.millis(0));
        assertEquals(0.6, curve.accuracy(0));
    }

    @Test
    void whenFullEveryOtherPointIsDropped() {
        AccuracyCurve curve = new AccuracyCurve();
        int n = AccuracyCurve.CAPACITY;
        for (int i = 0; i < n; i++) {
            curve.add(i + 1, 10 * i, i / (double) n);
        }
        curve.add(n + 1, 10 * n, 1);
        // the points at even places 0, 2, …, n − 2 stay, then the new one
        assertEquals(n / 2 + 1, curve.size());
        for (int i = 0; i < n / 2; i++) {
            assertEquals(2 * i + 1, curve.examples(i));
            assertEquals(10 * 2 * i, curve.millis(i));
            assertEquals(2 * i / (double) n, curve.accuracy(i));
        }
        assertEquals(n + 1, curve.examples(n / 2));
        assertEquals(1, curve.accuracy(n / 2));
    }

    @Test
    void theTextHasWholeMillisecondsExamplesAndFourDecimals() {
        AccuracyCurve curve = new AccuracyCurve();
        assertEquals("", curve.toText());
        curve.add(100, 1500.7, 0.91234);
        curve.add(250, 3000, 0.5);
        assertEquals("1500,100,0.9123;3000,250,0.5000", curve.toText());
        curve.clear();
        assertEquals(0, curve.size());
        assertEquals("", curve.toText());
    }
}
