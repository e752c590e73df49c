package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsSplitTest {

    @Test
    void tenThousandDigitsSplitIntoEightThousandAndTwoThousand() {
        DigitsSplit s = DigitsSplit.standard(10_000);
        assertEquals(8000, s.trainCount());
        assertEquals(2000, s.testCount());
    }

    @Test
    void partsAreDisjointAscendingAndCoverEveryDigit() {
        DigitsSplit s = DigitsSplit.standard(10_000);
        boolean[] seen = new boolean[10_000];
        for (int k = 0; k < s.trainCount(); k++) {
            assertTrue(!seen[s.trainDigit(k)]);
            seen[s.trainDigit(k)] = true;
            assertTrue(k == 0 || s.trainDigit(k) > s.trainDigit(k - 1));
        }
        for (int k = 0; k < s.testCount(); k++) {
            assertTrue(!seen[s.testDigit(k)], "digit " + s.testDigit(k) + " is in both parts");
            seen[s.testDigit(k)] = true;
            assertTrue(k == 0 || s.testDigit(k) > s.testDigit(k - 1));
        }
        for (boolean b : seen) {
            assertTrue(b);
        }
    }

    @Test
    void theSplitIsFixed() {
        DigitsSplit a = DigitsSplit.standard(10_000);
        DigitsSplit b = DigitsSplit.standard(10_000);
        for (int k = 0; k < a.testCount(); k++) {
            assertEquals(a.testDigit(k), b.testDigit(k));
        }
        // Pinned: a change of seed or shuffle would silently change every published accuracy.
        assertEquals(a.testDigit(0) + "," + a.testDigit(1) + "," + a.testDigit(1999), pinned());
        DigitsSplit other = DigitsSplit.of(10_000, 8000, "another seed");
        assertNotEquals(a.testDigit(0) + "," + a.testDigit(1), other.testDigit(0) + "," + other.testDigit(1));
    }

    private static String pinned() {
        return "2,3,9997";
    }

    @Test
    void everyLabelIsInTheTestSet() {
        Digits d = DigitFiles.mnist();
        DigitsSplit s = DigitsSplit.standard(d.count());
        int[] counts = new int[10];
        for (int k = 0; k < s.testCount(); k++) {
            counts[d.label(s.testDigit(k))]++;
        }
        for (int label = 0; label < 10; label++) {
            // 2,000 of 10,000 drawn at random: each label gets about a fifth of its digits.
            int total = d.labelCounts()[label];
            assertTrue(Math.abs(counts[label] - total / 5.0) < 45, "label " + label + ": " + counts[label] + " of " + total);
        }
    }

    @Test
    void badSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DigitsSplit.of(10, 11, "s"));
        assertThrows(IllegalArgumentException.class, () -> DigitsSplit.of(-1, 0, "s"));
        assertThrows(IllegalArgumentException.class, () -> DigitsSplit.standard(10).testDigit(2));
    }
}
