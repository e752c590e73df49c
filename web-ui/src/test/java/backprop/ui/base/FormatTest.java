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

    @Test
    void aNumberHasFourSignificantDigitsAndIsScientificBelowAThousandthAndFromAHundredThousand() {
        assertEquals("3.229e-9", Format.number(3.2291234e-9));
        assertEquals("-3.229e-9", Format.number(-3.2291234e-9));
        assertEquals("0.03", Format.number(0.03));
        assertEquals("0.001", Format.number(0.001));
        assertEquals("9.999e-4", Format.number(0.00099991));
        assertEquals("1234", Format.number(1234));
        assertEquals("1.234e5", Format.number(123400));
        assertEquals("1.235e5", Format.number(123456));
        assertEquals("12350", Format.number(12345.3));
        assertEquals("0.1235", Format.number(0.123456789));
        assertEquals("-1235", Format.number(-1234.5678));
        assertEquals("0", Format.number(0));
    }

    @Test
    void roundedNumbersKeepTheirTrailingZerosAndExactOnesDropThem() {
        assertEquals("1.000", Format.number(0.99999));
        assertEquals("1", Format.number(1));
        assertEquals("0.5", Format.number(0.5));
        assertEquals("10.00", Format.number(9.99996));
        assertEquals("2e-5", Format.number(2e-5));
        assertEquals("2.000e-5", Format.number(1.99999e-5));
    }

    @Test
    void allDigitsAreTheShortestThatReadBackLaidOutByTheSameRule() {
        assertEquals("3.2291234e-9", Format.all(3.2291234e-9));
        assertEquals("0.99999", Format.all(0.99999));
        assertEquals("0.30000000000000004", Format.all(0.1 + 0.2));
        assertEquals("1.23456e5", Format.all(123456));
        assertEquals("-1234.5678", Format.all(-1234.5678));
        assertEquals("1", Format.all(1));
        assertEquals("0.03", Format.all(0.03));
        double[] values = {Math.PI, -Math.E * 1e-7, 1.0 / 3, 6.02214076e23, 4.9e-324, Double.MAX_VALUE};
        for (double v : values) {
            assertEquals(v, Double.parseDouble(Format.all(v)), 0.0, Format.all(v));
        }
    }
}
