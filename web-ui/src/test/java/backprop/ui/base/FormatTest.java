package backprop.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.engine.text.NumberText;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void theEpochCounterHasSixDigitsAtLeastInGroupsOfThree() {
        assertEquals("000,000", Format.epoch(0));
        assertEquals("001,234", Format.epoch(1234));
        assertEquals("999,999", Format.epoch(999_999));
        assertEquals("1,234,567", Format.epoch(1_234_567));
        assertEquals("12,345,678", Format.epoch(12_345_678));
    }

    @Test
    void fixedRoundsHalfAwayFromZeroOnBothSides() {
        // 2.5, 1.25 and 0.0625 are exact in binary, so these are true halves.
        assertEquals("3", Format.fixed(2.5, 0));
        assertEquals("-3", Format.fixed(-2.5, 0));
        assertEquals("1.3", Format.fixed(1.25, 1));
        assertEquals("-1.3", Format.fixed(-1.25, 1));
        assertEquals("0.063", Format.fixed(0.0625, 3));
    }

    @Test
    void fixedPadsWithZerosAndNeverWritesMinusZero() {
        assertEquals("0.050", Format.fixed(0.05, 3));
        assertEquals("7.00", Format.fixed(7, 2));
        assertEquals("0.000", Format.fixed(-0.0004, 3));
        assertEquals("-0.001", Format.fixed(-0.0005, 3));
    }

    @Test
    void fixedFallsBackToTheEngineTextBeyondFifteenDigits() {
        assertEquals(NumberText.format(1e20), Format.fixed(1e20, 2));
    }

    @Test
    void aLossHasThreeDecimalsAndSymbolsForNoneAndDiverged() {
        assertEquals("–", Format.loss(Double.NaN));
        assertEquals("∞", Format.loss(Double.POSITIVE_INFINITY));
        assertEquals("2.000", Format.loss(2));
        assertEquals("0.063", Format.loss(0.0625));
    }

    @Test
    void aCssLengthIsInPixelsToATenth() {
        assertEquals("12.3px", Format.px(12.34));
        assertEquals("0.3px", Format.px(0.25));
        assertEquals("0.0px", Format.px(0));
    }
}
