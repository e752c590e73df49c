package backprop.engine.text;

/**
 * The shortest decimal digits that read back to a given double: of all
 * decimals that round to it, the ones with fewest digits, and of those the
 * one closest to it (the even last digit on a tie) — what JavaScript's
 * {@code Number.prototype.toString} and Java 19+'s {@code Double.toString}
 * choose (Java keeps a second digit when one would do: "4.9E-324" where
 * JavaScript writes "5e-324"; this class writes the one digit).
 *
 * <p>This is Steele and White's free-format algorithm ("How to Print
 * Floating-Point Numbers Accurately", 1990) in the exact-integer form of
 * Burger and Dybvig ("Printing Floating-Point Numbers Quickly and
 * Accurately", 1996), with their fix-ups for unequal gaps at powers of two and
 * for the reader's round-half-even. It is here because TeaVM's
 * {@code Double.toString} builds large power-of-ten tables that the page need
 * not carry.
 */
final class ShortestDecimal {
    /** The digits '1'..'9' first, no trailing zeros. */
    final String digits;
    /** Where the decimal point goes: the value is 0.{@code digits} × 10^{@code point}. */
    final int point;

    private ShortestDecimal(String digits, int point) {
        this.digits = digits;
        this.point = point;
    }

    /** The shortest digits of {@code v}, a finite double above zero. */
    static ShortestDecimal of(double v) {
        if (!(v > 0 && v <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("ShortestDecimal needs a finite double above 0");
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52);
        long f = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            f |= 1L << 52;
            e = biased - 1075;
        }
        // v = f·2^e. The doubles next to v are v − 2^e and v + 2^e, except at a power
        // of two (f = 2^52, not the smallest exponent), where the one below is v − 2^(e−1).
        // Any decimal within half a gap reads back as v: v = r/s, gap halves m−/s, m+/s.
        boolean unevenGaps = f == 1L << 52 && biased > 1;
        BigNat r = BigNat.of(f).shiftLeft(unevenGaps ? 2 : 1);
        BigNat s = BigNat.of(1).shiftLeft(unevenGaps ? 2 : 1);
        BigNat mMinus = BigNat.of(1);
        if (e >= 0) {
            r.shiftLeft(e);
            mMinus.shiftLeft(e);
        } else {
            s.shiftLeft(-e);
        }
        BigNat mPlus = unevenGaps ? mMinus.copy().shiftLeft(1) : mMinus;
        // The reader rounds half to even, so with an even f the half-way points also read back as v.
        boolean inclusive = (f & 1) == 0;

        // k = the least integer with v + m+ below (or at) 10^k. Start at or below it:
        // floor((e + bitLength(f) − 1)·log10 2) − 1 (78913/2^18 is log10 2 to 6 digits).
        int k = (((e + 63 - Long.numberOfLeadingZeros(f)) * 78913) >> 18) - 1;
        if (k >= 0) {
            s.multiplyPow10(k);
        } else {
            r.multiplyPow10(-k);
            mMinus.multiplyPow10(-k);
            if (mPlus != mMinus) {
                mPlus.multiplyPow10(-k);
            }
        }
        while (reachesNext(r, mPlus, s, inclusive)) {
            s.multiplyAdd(10, 0);
            k++;
        }

        // Now r/s < 1; each pass takes the next digit of r/s and stops as soon as the
        // digits so far (low) or those with the last one plus one (high) read back as v.
        StringBuilder out = new StringBuilder(17);
        while (true) {
            r.multiplyAdd(10, 0);
            mMinus.multiplyAdd(10, 0);
            if (mPlus != mMinus) {
                mPlus.multiplyAdd(10, 0);
            }
            int d = 0;
            while (r.compareTo(s) >= 0) {
                r.subtract(s);
                d++;
            }
            int low = r.compareTo(mMinus);
            boolean lowReads = inclusive ? low <= 0 : low < 0;
            boolean highReads = reachesNext(r, mPlus, s, inclusive);
            if (!lowReads && !highReads) {
                out.append((char) ('0' + d));
                continue;
            }
            if (lowReads && highReads) {
                // Both have the fewest digits: take the closer, or the even one on a tie.
                int c = BigNat.compareSum(r, r, s);
                if (c > 0 || (c == 0 && (d & 1) == 1)) {
                    d++;
                }
            } else if (highReads) {
                d++;
            }
            out.append((char) ('0' + d));
            break;
        }
        return new ShortestDecimal(out.toString(), k);
    }

    /** Whether r + m+ reaches s: the value rounded up at this digit still reads back. */
    private static boolean reachesNext(BigNat r, BigNat mPlus, BigNat s, boolean inclusive) {
        int c = BigNat.compareSum(r, mPlus, s);
        return inclusive ? c >= 0 : c > 0;
    }
}
