package backprop.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberText#parse} through {@link DecimalReader}, with the JVM's
 * {@code Double.parseDouble} (correctly rounded, half to even) as the oracle,
 * compared bit for bit.
 */
class DecimalReaderTest {
    @Test
    void hardCases() {
        Object[][] cases = {
            {"9007199254740993", 9007199254740992.0}, // 2^53 + 1: half way, to the even 2^53
            {"9007199254740995", 9007199254740996.0},
            {"9007199254740993.00000000000000000000000000000000000000000000001", 9007199254740994.0}, // just above half
            {"2.4703282292062327e-324", 0.0}, // just below half the smallest subnormal
            {"2.4703282292062328e-324", Double.MIN_VALUE}, // just above it
            {"4.9e-324", Double.MIN_VALUE}, {"5e-324", Double.MIN_VALUE}, {"7.4e-324", Double.MIN_VALUE},
            {"7.5e-324", 2 * Double.MIN_VALUE},
            {"2.2250738585072011e-308", Math.nextDown(Double.MIN_NORMAL)}, {"2.2250738585072012e-308", Double.MIN_NORMAL},
            {"1.7976931348623157e308", Double.MAX_VALUE}, {"1.7976931348623158e308", Double.MAX_VALUE},
            {"1.7976931348623159e308", Double.POSITIVE_INFINITY}, {"-1.7976931348623159e308", Double.NEGATIVE_INFINITY},
            {"0.1", 0.1}, {"1e23", 1e23}, {"8.41e21", 8.41e21}, {"0.30000000000000004", 0.1 + 0.2},
            {"1e400", Double.POSITIVE_INFINITY}, {"1e-400", 0.0}, {"-1e-400", 0.0}, {"-0", 0.0}, {"-0.000e7", 0.0},
            {"0e999999999999999999999", 0.0}, {"1e999999999999999999999", Double.POSITIVE_INFINITY},
            {"1e-999999999999999999999", 0.0}, {"000000000000000000000000000000000000000000000000000000000000.5", 0.5},
            {"1234567890123456789012345678901234567890123456789012345678901234", 1.2345678901234568e63},
            {"0.00000000000000000000000000000000000000000000000000000000000001", 1e-62},
            {"4.940656458412465441765687928682213723650598026143247644255e-324", Double.MIN_VALUE},
            {"2.470328229206232720882843964341106861825299013071623822128e-324", Double.MIN_VALUE},
            {"2.470328229206232720882843964341106861825299013071623822127e-324", 0.0},
            {".5", 0.5}, {"5.", 5.0}, {"+1E+0", 1.0}, {"123.456e-2", 1.23456},
        };
        for (Object[] c : cases) {
            String s = (String) c[0];
            double expected = (Double) c[1];
            assertTrue(s.length() <= NumberText.MAX_LENGTH, s);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(NumberText.parse(s)), s);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s) + 0.0),
                Double.doubleToRawLongBits(NumberText.parse(s)), "the JVM agrees on " + s);
        }
        String tooLong = "1" + "0".repeat(NumberText.MAX_LENGTH);
        assertTrue(Double.isNaN(NumberText.parse(tooLong)), "longer than MAX_LENGTH");
    }

    @Test
    void aMillionDoublesReadBackFromTheirText() {
        Random r = new Random(4242);
        for (int i = 0; i < 1_000_000; i++) {
            double v = RandomDoubles.next(r);
            long bits = Double.doubleToRawLongBits(v + 0.0);
            String java = Double.toString(v);
            String ours = NumberText.format(v);
            assertEquals(bits, Double.doubleToRawLongBits(NumberText.parse(java)), java);
            assertEquals(bits, Double.doubleToRawLongBits(NumberText.parse(ours)), ours);
        }
    }

    @Test
    void randomDecimalStringsReadAsTheJvmReadsThem() {
        Random r = new Random(77);
        for (int i = 0; i < 250_000; i++) {
            String s = randomDecimal(r);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s) + 0.0),
                Double.doubleToRawLongBits(NumberText.parse(s)), s);
        }
    }

    /**
     * The exact half-way points between neighbouring doubles (and a hair either side),
     * where only the tie rule and the sticky bit decide: those whose exact decimal fits
     * in {@link NumberText#MAX_LENGTH} characters (gaps from 2^−50 to 2^120).
     */
    @Test
    void halfWayPointsRoundToEven() {
        Random r = new Random(99);
        int tested = 0;
        while (tested < 30_000) {
            long ulp = r.nextInt(171) - 50; // the gap to the next double is 2^ulp
            double v = Double.longBitsToDouble((1075 + ulp) << 52 | r.nextLong() >>> 12);
            BigDecimal half = new BigDecimal(v).add(new BigDecimal(Math.nextUp(v))).divide(BigDecimal.valueOf(2));
            BigDecimal hair = BigDecimal.ONE.scaleByPowerOfTen(-half.scale() - 3);
            for (BigDecimal d : new BigDecimal[] {half, half.add(hair), half.subtract(hair)}) {
                String s = d.toString();
                if (s.length() > NumberText.MAX_LENGTH) {
                    continue;
                }
                tested++;
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(NumberText.parse(s)), s);
            }
        }
    }

    /** Sign or not, 1–25 digits (sometimes leading zeros), a point anywhere or none, an exponent −340..310 or none. */
    private static String randomDecimal(Random r) {
        StringBuilder s = new StringBuilder();
        int sign = r.nextInt(3);
        s.append(sign == 0 ? "" : sign == 1 ? "-" : "+");
        int n = 1 + r.nextInt(25);
        int point = r.nextInt(3) == 0 ? -1 : r.nextInt(n + 1);
        int zeros = r.nextInt(4) == 0 ? r.nextInt(n + 1) : 0;
        for (int i = 0; i < n; i++) {
            if (i == point) {
                s.append('.');
            }
            s.append(i < zeros ? '0' : (char) ('0' + r.nextInt(10)));
        }
        if (point == n) {
            s.append('.');
        }
        if (r.nextInt(5) != 0) {
            s.append(r.nextBoolean() ? 'e' : 'E');
            int x = r.nextInt(651) - 340;
            s.append(x < 0 ? "-" : r.nextBoolean() ? "+" : "").append(Math.abs(x));
        }
        return s.toString();
    }
}
