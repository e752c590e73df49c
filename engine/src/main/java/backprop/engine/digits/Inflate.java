package backprop.engine.digits;

/**
 * A gzip (RFC 1952) and DEFLATE (RFC 1951) decoder in plain Java: TeaVM's class library is
 * avoided because its zlib port does its checksums in {@code long} (a BigInt in TeaVM-JS).
 * Huffman codes are decoded by one table lookup per symbol; the bit buffer is an {@code int}.
 *
 * <p>Every failure is an {@link IllegalArgumentException} that names {@code what} and says
 * whether the data is truncated or corrupt. Each loop either consumes input or produces
 * output, bounded by {@code maxOutput}, so no input makes it hang or read out of bounds.
 */
final class Inflate {
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};
    /** The order in which a dynamic block lists the code lengths of the code-length alphabet. */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private static int[] crcTable;

    private final byte[] in;
    private final String what;
    private int pos;
    private int bitBuffer;
    private int bitCount;
    private byte[] out;
    private int outLength;
    private final int maxOutput;

    private Inflate(byte[] in, int start, String what, int initialOutput, int maxOutput) {
        this.in = in;
        this.pos = start;
        this.what = what;
        this.maxOutput = maxOutput;
        this.out = new byte[Math.max(1024, Math.min(initialOutput, maxOutput))];
    }

    /** Whether {@code data} starts like a gzip file (ID1 ID2 = 1f 8b). */
    static boolean isGzip(byte[] data) {
        return data.length >= 2 && (data[0] & 0xFF) == 0x1F && (data[1] & 0xFF) == 0x8B;
    }

    /**
     * The bytes that the single-member gzip file {@code data} holds, checked against its CRC-32
     * and length.
     *
     * @param what names the file in messages, e.g. "The digits file"
     * @param maxOutput larger contents are refused (a guard against decompression bombs)
     */
    static byte[] gunzip(byte[] data, String what, int maxOutput) {
        if (!isGzip(data)) {
            throw new IllegalArgumentException(what + " is not gzip data");
        }
        if (data.length < 18) {
            throw truncated(what, data.length, "the gzip header and trailer need at least 18");
        }
        if ((data[2] & 0xFF) != 8) {
            throw corrupt(what, "gzip compression method " + (data[2] & 0xFF) + " is not DEFLATE (8)");
        }
        int flags = data[3] & 0xFF;
        if ((flags & 0xE0) != 0) {
            throw corrupt(what, "reserved gzip header flags are set");
        }
        int p = 10;
        if ((flags & 4) != 0) {          // FEXTRA: a 2-byte length, then that many bytes
            p = need(data, p, 2, what);
            p = need(data, p, (data[p - 2] & 0xFF) | (data[p - 1] & 0xFF) << 8, what);
        }
        if ((flags & 8) != 0) {          // FNAME, zero-terminated
            p = skipZeroTerminated(data, p, what);
        }
        if ((flags & 16) != 0) {         // FCOMMENT, zero-terminated
            p = skipZeroTerminated(data, p, what);
        }
        if ((flags & 2) != 0) {          // FHCRC
            p = need(data, p, 2, what);
        }
        int declaredSize = littleEndian32(data, data.length - 4);
        int initial = declaredSize > 0 && declaredSize <= maxOutput ? declaredSize : 1 << 16;
        Inflate inflate = new Inflate(data, p, what, initial, maxOutput);
        inflate.inflateBlocks();
        // Give back whole bytes the bit buffer read ahead; the trailer starts at the next byte.
        int end = inflate.pos - (inflate.bitCount >>> 3);
        if (data.length - end < 8) {
            throw truncated(what, data.length, "the gzip trailer (CRC-32 and length) is missing");
        }
        if (data.length - end > 8) {
            throw corrupt(what, (data.length - end - 8) + " unexpected bytes follow the compressed data");
        }
        int crc = crc32(inflate.out, inflate.outLength);
        if (crc != littleEndian32(data, end)) {
            throw corrupt(what, "its CRC-32 check fails (the compressed data is damaged)");
        }
        if (inflate.outLength != littleEndian32(data, end + 4)) {
            throw corrupt(what, "it holds " + inflate.outLength + " bytes, but its trailer says "
                    + Integer.toUnsignedString(littleEndian32(data, end + 4)));
        }
        byte[] result = new byte[inflate.outLength];
        System.arraycopy(inflate.out, 0, result, 0, inflate.outLength);
        return result;
    }

    private static int need(byte[] data, int p, int n, String what) {
        if (p + n > data.length - 8) {
            throw truncated(what, data.length, "the gzip header runs past the end");
        }
        return p + n;
    }

    private static int skipZeroTerminated(byte[] data, int p, String what) {
        while (p < data.length - 8 && data[p] != 0) {
            p++;
        }
        return need(data, p, 1, what);
    }

    private static int littleEndian32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    static IllegalArgumentException truncated(String what, int got, String detail) {
        return new IllegalArgumentException(what + " is truncated: " + detail + " (got " + got + " bytes)");
    }

    static IllegalArgumentException corrupt(String what, String detail) {
        return new IllegalArgumentException(what + " is corrupt: " + detail);
    }

    // ---- DEFLATE --------------------------------------------------------------------------------

    private void inflateBlocks() {
        boolean last;
        do {
            last = bits(1) == 1;
            int type = bits(2);
            if (type == 0) {
                stored();
            } else if (type == 1) {
                codes(fixedLiteralTable(), fixedDistanceTable());
            } else if (type == 2) {
                dynamic();
            } else {
                throw corrupt(what, "a DEFLATE block has the reserved type 3");
            }
        } while (!last);
    }

    /** Reads n ≤ 16 bits, least significant first. */
    private int bits(int n) {
        fill(n);
        if (bitCount < n) {
            throw endOfData();
        }
        int v = bitBuffer & ((1 << n) - 1);
        bitBuffer >>>= n;
        bitCount -= n;
        return v;
    }

    /** Loads whole bytes until n bits are buffered or the input ends (then fewer are). */
    private void fill(int n) {
        while (bitCount < n && pos < in.length) {
            bitBuffer |= (in[pos++] & 0xFF) << bitCount;
            bitCount += 8;
        }
    }

    private IllegalArgumentException endOfData() {
        return truncated(what, in.length, "the compressed data ends early");
    }

    private void stored() {
        // Drop the rest of the current byte and give back whole bytes read ahead.
        pos -= bitCount >>> 3;
        bitBuffer = 0;
        bitCount = 0;
        if (pos + 4 > in.length) {
            throw endOfData();
        }
        int len = (in[pos] & 0xFF) | (in[pos + 1] & 0xFF) << 8;
        int nlen = (in[pos + 2] & 0xFF) | (in[pos + 3] & 0xFF) << 8;
        pos += 4;
        if (len != (~nlen & 0xFFFF)) {
            throw corrupt(what, "a stored block's length does not match its complement");
        }
        if (pos + len > in.length) {
            throw endOfData();
        }
        ensureRoom(len);
        System.arraycopy(in, pos, out, outLength, len);
        outLength += len;
        pos += len;
    }

    private void dynamic() {
        int literalCount = bits(5) + 257;
        int distanceCount = bits(5) + 1;
        int codeLengthCount = bits(4) + 4;
        if (literalCount > 286 || distanceCount > 30) {
            throw corrupt(what, "a DEFLATE block declares too many codes");
        }
        int[] lengths = new int[19];
        for (int i = 0; i < codeLengthCount; i++) {
            lengths[CODE_LENGTH_ORDER[i]] = bits(3);
        }
        int[] codeLengthTable = table(lengths, 19);
        int[] all = new int[literalCount + distanceCount];
        int i = 0;
        while (i < all.length) {
            int symbol = decode(codeLengthTable);
            if (symbol < 16) {
                all[i++] = symbol;
                continue;
            }
            int repeat;
            int value = 0;
            if (symbol == 16) {
                if (i == 0) {
                    throw corrupt(what, "a code length repeats before the first one");
                }
                value = all[i - 1];
                repeat = 3 + bits(2);
            } else if (symbol == 17) {
                repeat = 3 + bits(3);
            } else {
                repeat = 11 + bits(7);
            }
            if (i + repeat > all.length) {
                throw corrupt(what, "code lengths run past their count");
            }
            while (repeat-- > 0) {
                all[i++] = value;
            }
        }
        if (all[256] == 0) {
            throw corrupt(what, "a DEFLATE block has no end-of-block code");
        }
        int[] literalLengths = new int[literalCount];
        System.arraycopy(all, 0, literalLengths, 0, literalCount);
        int[] distanceLengths = new int[distanceCount];
        System.arraycopy(all, literalCount, distanceLengths, 0, distanceCount);
        codes(table(literalLengths, literalCount), table(distanceLengths, distanceCount));
    }

    /** Decodes literals and (length, distance) pairs until the end-of-block code. */
    private void codes(int[] literalTable, int[] distanceTable) {
        while (true) {
            int symbol = decode(literalTable);
            if (symbol < 256) {
                ensureRoom(1);
                out[outLength++] = (byte) symbol;
            } else if (symbol == 256) {
                return;
            } else {
                symbol -= 257;
                if (symbol >= 29) {
                    throw corrupt(what, "a DEFLATE block uses an invalid length code");
                }
                int length = LENGTH_BASE[symbol] + bits(LENGTH_EXTRA[symbol]);
                int d = decode(distanceTable);
                if (d >= 30) {
                    throw corrupt(what, "a DEFLATE block uses an invalid distance code");
                }
                int distance = DIST_BASE[d] + bits(DIST_EXTRA[d]);
                if (distance > outLength) {
                    throw corrupt(what, "a DEFLATE block refers back before the start of the data");
                }
                ensureRoom(length);
                int from = outLength - distance;
                byte[] o = out;
                for (int k = 0; k < length; k++) {
                    o[outLength + k] = o[from + k];
                }
                outLength += length;
            }
        }
    }

    private void ensureRoom(int n) {
        if (outLength + n <= out.length) {
            return;
        }
        if (outLength + n > maxOutput) {
            throw corrupt(what, "it unpacks to more than " + maxOutput + " bytes");
        }
        int size = out.length;
        while (size < outLength + n) {
            size = size > maxOutput / 2 ? maxOutput : size * 2;
        }
        byte[] bigger = new byte[size];
        System.arraycopy(out, 0, bigger, 0, outLength);
        out = bigger;
    }

    // ---- Huffman tables -------------------------------------------------------------------------

    /**
     * A lookup table for a canonical Huffman code given by its code lengths: entry
     * [the next maxLength input bits] = symbol &lt;&lt; 4 | code length; 0 where no code matches.
     * Element 0 of the array holds maxLength, the entries follow from index 1.
     */
    private int[] table(int[] lengths, int n) {
        int[] countOfLength = new int[16];
        int maxLength = 0;
        for (int s = 0; s < n; s++) {
            countOfLength[lengths[s]]++;
            if (lengths[s] > maxLength) {
                maxLength = lengths[s];
            }
        }
        countOfLength[0] = 0;
        int left = 1;
        for (int len = 1; len <= 15; len++) {
            left = (left << 1) - countOfLength[len];
            if (left < 0) {
                throw corrupt(what, "a Huffman code is over-subscribed");
            }
        }
        int[] nextCode = new int[16];
        int code = 0;
        for (int len = 1; len <= 15; len++) {
            code = (code + countOfLength[len - 1]) << 1;
            nextCode[len] = code;
        }
        int size = 1 << Math.max(maxLength, 1);
        int[] t = new int[size + 1];
        t[0] = Math.max(maxLength, 1);
        for (int s = 0; s < n; s++) {
            int len = lengths[s];
            if (len == 0) {
                continue;
            }
            int c = nextCode[len]++;
            int reversed = 0;
            for (int b = 0; b < len; b++) {
                reversed = (reversed << 1) | ((c >>> b) & 1);
            }
            for (int k = reversed; k < size; k += 1 << len) {
                t[k + 1] = s << 4 | len;
            }
        }
        return t;
    }

    private int decode(int[] t) {
        int maxLength = t[0];
        fill(maxLength);
        int entry = t[(bitBuffer & ((1 << maxLength) - 1)) + 1];
        int len = entry & 15;
        if (len == 0) {
            if (bitCount < maxLength) {
                throw endOfData();
            }
            throw corrupt(what, "a DEFLATE block uses a Huffman code that does not exist");
        }
        if (len > bitCount) {
            throw endOfData();
        }
        bitBuffer >>>= len;
        bitCount -= len;
        return entry >>> 4;
    }

    private int[] fixedLiteralTable() {
        int[] lengths = new int[288];
        for (int s = 0; s < 288; s++) {
            lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
        }
        return table(lengths, 288);
    }

    private int[] fixedDistanceTable() {
        int[] lengths = new int[30];
        java.util.Arrays.fill(lengths, 5);
        return table(lengths, 30);
    }

    // ---- CRC-32 ---------------------------------------------------------------------------------

    /** CRC-32 (IEEE 802.3, as gzip uses it) of {@code data[0 .. n)}, in {@code int} arithmetic. */
    static int crc32(byte[] data, int n) {
        int[] table = crcTable;
        if (table == null) {
            table = new int[256];
            for (int i = 0; i < 256; i++) {
                int c = i;
                for (int k = 0; k < 8; k++) {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
                }
                table[i] = c;
            }
            crcTable = table;
        }
        int crc = -1;
        for (int i = 0; i < n; i++) {
            crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc;
    }
}
