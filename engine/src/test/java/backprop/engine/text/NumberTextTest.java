package backprop.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void writesNumbersAsJavaScriptDoes() {
        // what Number.prototype.toString gives in a browser
        Object[][] cases = {
            {0.03, "0.03"}, {0.00001, "0.00001"}, {0.0001, "0.0001"}, {0.003, "0.003"}, {3.0, "3"}, {10.0, "10"},
            {0.0, "0"}, {-0.0, "0"}, {1e-6, "0.000001"}, {1e-7, "1e-7"}, {1e-8, "1e-8"}, {1.5e-8, "1.5e-8"},
            {0.999, "0.999"}, {123456789.0, "123456789"}, {1e20, "100000000000000000000"}, {1e21, "1e+21"},
            {-2.5, "-2.5"}, {0.1 + 0.2, "0.30000000000000004"}, {12345.678, "12345.678"},
        };
        for (Object[] c : cases) {
            assertEquals(c[1], NumberText.format((Double) c[0]), "format(" + c[0] + ")");
        }
    }

    @Test
    void everyDoubleReadsBackExactly() {
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = NumberText.format(v);
            assertTrue(NumberText.isDecimal(s), s);
            assertEquals(v + 0.0, NumberText.parse(s), s);
        }
    }

    @Test
    void readsOnlyPlainDecimals() {
        for (String ok : new String[] {"0", "-1", "+2.5", ".5", "5.", "1e3", "1E-3", "1e+21", "007"}) {
            assertTrue(NumberText.isDecimal(ok), ok);
        }
        for (String bad : new String[] {"", "-", ".", "e5", "1e", "1e+", "NaN", "Infinity", "0x10", "1.5d", "1f",
            " 1", "1 ", "1,5", "--1", "1.2.3", "１"}) {
            assertFalse(NumberText.isDecimal(bad), bad);
            assertTrue(Double.isNaN(NumberText.parse(bad)), bad);
        }
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("1e400"));
        assertEquals(0.0, NumberText.parse("1e-400"));
        assertEquals(0.0, 1 / NumberText.parse("-0") > 0 ? 0.0 : 1.0, "-0 reads as +0");
    }

    @Test
    void significantWritesNonFiniteAndExtremeValuesWithoutJavasDoubleText() {
        assertEquals("NaN", NumberText.significant(Double.NaN, 3));
        assertEquals("-Infinity", NumberText.significant(Double.NEGATIVE_INFINITY, 3));
        assertEquals("NaN", NumberText.format(Double.NaN));
        assertEquals("-Infinity", NumberText.format(Double.NEGATIVE_INFINITY));
        // beyond 1e±290 all the shortest digits, as format writes them
        assertEquals("1e+300", NumberText.significant(1e300, 4));
        assertEquals("-1.2345678e-300", NumberText.significant(-1.2345678e-300, 2));
        assertEquals("5e-324", NumberText.significant(Double.MIN_VALUE, 3));
        assertEquals("1.235e+290", NumberText.significant(1.2345678e290, 4));
    }
}
