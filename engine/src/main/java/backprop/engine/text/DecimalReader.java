package backprop.engine.text;

/**
 * The double nearest to a decimal string, ties to the even one — the value
 * {@code Double.parseDouble} gives, without TeaVM's version of it and its
 * power-of-ten tables.
 *
 * <p>The method is the exact big-integer one (Clinger's "How to Read
 * Floating Point Numbers Accurately", 1990, in its simplest form): the
 * decimal is a fraction N/M of whole numbers (digits·10^e over 1, or digits
 * over 10^−e); long division of N·2^t by M gives the leading 55 bits of the
 * value and whether anything is left over; those round to the 53 bits of a
 * double, or fewer for a subnormal, half to even.
 */
final class DecimalReader {
    /** Exponents beyond this (in the text) change nothing: every such value overflows or underflows. */
    private static final int EXPONENT_CAP = 100_000;
    /** Bits of the quotient: 53 for the double, one to round with, one because the estimate of t can be one off. */
    private static final int QUOTIENT_BITS = 55;

    private DecimalReader() {
    }

    /**
     * The value of {@code s}, which must be a plain decimal ({@link NumberText#isDecimal}):
     * optional sign, digits with an optional point, optional exponent. Signed zero and
     * infinity as the sign and size say.
     */
    static double read(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i++;
        }
        // value = digits × 10^exponent, digits without the leading and trailing zeros
        BigNat digits = BigNat.of(0);
        int count = 0;
        int exponent = 0;
        int zerosHeld = 0;
        boolean afterPoint = false;
        for (; i < n && s.charAt(i) != 'e' && s.charAt(i) != 'E'; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                afterPoint = true;
                continue;
            }
            if (afterPoint) {
                exponent--;
            }
            if (c == '0') {
                zerosHeld += count > 0 ? 1 : 0;
                continue;
            }
            // zeros between non-zero digits go in; zeros at the end never do
            for (; zerosHeld > 0; zerosHeld--) {
                digits.multiplyAdd(10, 0);
                count++;
            }
            digits.multiplyAdd(10, c - '0');
            count++;
        }
        exponent += zerosHeld;
        if (i < n) {
            exponent += readExponent(s, i + 1);
        }
        double magnitude = count == 0 ? 0 : magnitude(digits, count, exponent);
        return negative ? -magnitude : magnitude;
    }

    /** The exponent after the 'e', held within ±{@link #EXPONENT_CAP}. */
    private static int readExponent(String s, int i) {
        boolean negative = s.charAt(i) == '-';
        if (s.charAt(i) == '+' || negative) {
            i++;
        }
        int x = 0;
        for (; i < s.length(); i++) {
            x = Math.min(EXPONENT_CAP, 10 * x + (s.charAt(i) - '0'));
        }
        return negative ? -x : x;
    }

    /** The double nearest to digits × 10^exponent, where digits has {@code count} digits and is not 0. */
    private static double magnitude(BigNat digits, int count, int exponent) {
        // 10^309 > MAX_VALUE and 10^−324 < MIN_VALUE / 2: nothing to work out beyond these.
        if (count - 1 + exponent >= 309) {
            return Double.POSITIVE_INFINITY;
        }
        if (count + exponent <= -324) {
            return 0;
        }
        BigNat num = digits;
        BigNat den = BigNat.of(1);
        if (exponent >= 0) {
            num.multiplyPow10(exponent);
        } else {
            den.multiplyPow10(-exponent);
        }
        // 2^(b−1) < num/den < 2^(b+1), so with t = 54 − b the quotient q = num·2^t / den
        // lies in [2^53, 2^55): 54 or 55 bits.
        int t = QUOTIENT_BITS - 1 - (num.bitLength() - den.bitLength());
        if (t >= 0) {
            num.shiftLeft(t);
        } else {
            den.shiftLeft(-t);
        }
        // Long division, one bit a pass: the remainder doubles, the divisor stays den·2^54.
        BigNat divisor = den.shiftLeft(QUOTIENT_BITS - 1);
        long q = 0;
        for (int bit = 0; bit < QUOTIENT_BITS; bit++) {
            q <<= 1;
            if (num.compareTo(divisor) >= 0) {
                num.subtract(divisor);
                q |= 1;
            }
            num.shiftLeft(1);
        }
        return round(q, -t, !num.isZero());
    }

    /**
     * The double nearest to (q + a bit more when {@code sticky}) × 2^scale, for
     * 2^53 ≤ q &lt; 2^55: drop the bits below the double's last place, half to even.
     */
    private static double round(long q, int scale, boolean sticky) {
        int top = 63 - Long.numberOfLeadingZeros(q) + scale; // q·2^scale lies in [2^top, 2^(top+1))
        int last = Math.max(top - 52, -1074); // the weight of the double's last bit
        int drop = last - scale;
        if (drop > QUOTIENT_BITS) {
            return 0; // below a quarter of the smallest subnormal
        }
        long kept = q >>> drop;
        long rest = q & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (sticky || (kept & 1) == 1))) {
            kept++;
        }
        if (kept == 1L << 53) {
            kept >>>= 1;
            last++;
        }
        if (kept < 1L << 52) {
            return Double.longBitsToDouble(kept); // subnormal (or 0): last = −1074
        }
        int biased = last + 1075;
        if (biased >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(((long) biased << 52) | (kept & 0xFFFFFFFFFFFFFL));
    }
}
