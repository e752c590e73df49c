package backprop.engine.text;

/**
 * A mutable natural number of any size, as 32-bit words (least significant
 * first), with only the few operations that exact decimal ↔ binary
 * conversion needs: multiply by a small number, shift left, add, subtract,
 * compare. {@link ShortestDecimal} and {@link DecimalReader} use it instead of
 * {@code BigInteger}, whose TeaVM implementation would bring its own bulk to
 * the page. The numbers stay below about 2^1300 (10^−400 scaled to whole
 * numbers), so schoolbook loops are quick enough.
 */
final class BigNat {
    private static final long MASK = 0xFFFFFFFFL;

    /** Words, least significant first; words at or above {@code size} are zero. */
    private int[] words;
    /** The number of words in use; the top one is not zero (0 for the number 0). */
    private int size;

    private BigNat(int capacity) {
        words = new int[Math.max(capacity, 4)];
    }

    /** A new number of value {@code v}, read as unsigned. */
    static BigNat of(long v) {
        BigNat n = new BigNat(4);
        n.words[0] = (int) v;
        n.words[1] = (int) (v >>> 32);
        n.size = 2;
        n.trim();
        return n;
    }

    BigNat copy() {
        BigNat n = new BigNat(size + 1);
        System.arraycopy(words, 0, n.words, 0, size);
        n.size = size;
        return n;
    }

    boolean isZero() {
        return size == 0;
    }

    /** The number of bits after the leading zeros: 0 for 0, 1 for 1, 4 for 10. */
    int bitLength() {
        if (size == 0) {
            return 0;
        }
        return 32 * size - Integer.numberOfLeadingZeros(words[size - 1]);
    }

    /** this ← this·m + a, for 0 ≤ m, a &lt; 2^31. */
    BigNat multiplyAdd(int m, int a) {
        long carry = a;
        for (int i = 0; i < size; i++) {
            long p = (words[i] & MASK) * m + carry;
            words[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(size + 1);
            words[size++] = (int) carry;
        }
        return this;
    }

    /** this ← this·10^k, for k ≥ 0, nine decimal digits per pass. */
    BigNat multiplyPow10(int k) {
        for (; k >= 9; k -= 9) {
            multiplyAdd(1_000_000_000, 0);
        }
        int m = 1;
        for (int i = 0; i < k; i++) {
            m *= 10;
        }
        return m == 1 ? this : multiplyAdd(m, 0);
    }

    /** this ← this·2^bits, for bits ≥ 0. */
    BigNat shiftLeft(int bits) {
        if (size == 0 || bits == 0) {
            return this;
        }
        int wordShift = bits >>> 5;
        int bitShift = bits & 31;
        ensure(size + wordShift + 1);
        int top = size - 1;
        if (bitShift == 0) {
            for (int i = top; i >= 0; i--) {
                words[i + wordShift] = words[i];
            }
        } else {
            words[top + wordShift + 1] = words[top] >>> (32 - bitShift);
            for (int i = top; i > 0; i--) {
                words[i + wordShift] = (words[i] << bitShift) | (words[i - 1] >>> (32 - bitShift));
            }
            words[wordShift] = words[0] << bitShift;
        }
        for (int i = 0; i < wordShift; i++) {
            words[i] = 0;
        }
        size += wordShift + 1;
        trim();
        return this;
    }

    /** this ← this + o. */
    BigNat add(BigNat o) {
        int n = Math.max(size, o.size);
        ensure(n + 1);
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = (words[i] & MASK) + (i < o.size ? o.words[i] & MASK : 0) + carry;
            words[i] = (int) s;
            carry = s >>> 32;
        }
        words[n] = (int) carry;
        size = n + 1;
        trim();
        return this;
    }

    /** this ← this − o; the caller makes sure that o ≤ this. */
    BigNat subtract(BigNat o) {
        long borrow = 0;
        for (int i = 0; i < size; i++) {
            long d = (words[i] & MASK) - (i < o.size ? o.words[i] & MASK : 0) - borrow;
            words[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        if (borrow != 0 || o.size > size) {
            throw new IllegalStateException("BigNat.subtract would go below zero");
        }
        trim();
        return this;
    }

    /** −1, 0 or 1 as this is below, equal to or above {@code o}. */
    int compareTo(BigNat o) {
        if (size != o.size) {
            return size < o.size ? -1 : 1;
        }
        for (int i = size - 1; i >= 0; i--) {
            if (words[i] != o.words[i]) {
                return (words[i] & MASK) < (o.words[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** The sign of a + b − c, without changing any of them: one pass up the words, the highest difference wins. */
    static int compareSum(BigNat a, BigNat b, BigNat c) {
        int n = Math.max(Math.max(a.size, b.size), c.size);
        int sign = 0;
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long sum = a.word(i) + b.word(i) + carry;
            carry = sum >>> 32;
            long w = sum & MASK;
            long cw = c.word(i);
            if (w != cw) {
                sign = w < cw ? -1 : 1;
            }
        }
        return carry != 0 ? 1 : sign;
    }

    private long word(int i) {
        return i < size ? words[i] & MASK : 0;
    }

    private void ensure(int capacity) {
        if (capacity > words.length) {
            int[] grown = new int[Math.max(capacity, 2 * words.length)];
            System.arraycopy(words, 0, grown, 0, size);
            words = grown;
        }
    }

    private void trim() {
        while (size > 0 && words[size - 1] == 0) {
            size--;
        }
    }
}
