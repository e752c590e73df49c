package backprop.engine.digits;

import backprop.engine.nn.Checks;

/**
 * A set of labelled greyscale digit images, decoded from the playground's digits file
 * ({@code datasets/mnist-10k.bin.gz}: 10,000 MNIST digits of 28×28 pixels).
 *
 * <p>The file format ("BPDG" version 1), all integers big-endian:
 * <pre>
 *   offset 0   4 bytes  magic "BPDG"
 *   offset 4   u16      version = 1
 *   offset 6   u16      width
 *   offset 8   u16      height
 *   offset 10  u16      reserved, 0
 *   offset 12  u32      count
 *   offset 16  count bytes: the labels, 0..9
 *   then       count × width × height bytes: the pixels, image after image, row-major,
 *              0 = background, 255 = full ink (value = byte / 255)
 * </pre>
 * The file is shipped gzip-compressed; {@link #decode} reads it inflated: the page inflates it
 * with the browser's {@code DecompressionStream}, the JVM with {@code java.util.zip}. A file
 * that is still gzip is refused with a message that says so.
 *
 * <p>Pixels stay bytes here (7.8 MB for 10,000 digits); {@link #copyImage} turns one into
 * doubles in [0, 1] when examples are built.
 */
public final class Digits {
    public static final int VERSION = 1;
    public static final int HEADER_BYTES = 16;
    /** Labels are 0..CLASSES−1. */
    public static final int CLASSES = 10;
    public static final int MAX_SIDE = 256;
    public static final int MAX_COUNT = 100_000;
    /** The largest inflated file a reader should accept (guards against a decompression bomb). */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    private static final String FILE = "The digits file";

    private final int count;
    private final int width;
    private final int height;
    private final byte[] labels;
    private final byte[] pixels;

    private Digits(int count, int width, int height, byte[] labels, byte[] pixels) {
        this.count = count;
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.pixels = pixels;
    }

    /**
     * Decodes a digits file, already inflated.
     *
     * @throws IllegalArgumentException with a message a person can act on when the bytes are
     *     empty, still gzip, truncated, corrupt, of another format or version, or hold a label
     *     outside 0..9
     */
    public static Digits decode(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException(FILE + " is empty");
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            throw new IllegalArgumentException(FILE + " is still gzip-compressed: inflate it before decoding it");
        }
        if (raw.length < 4 || raw[0] != 'B' || raw[1] != 'P' || raw[2] != 'D' || raw[3] != 'G') {
            if (raw.length < 4 && isPrefixOfMagic(raw)) {
                throw new IllegalArgumentException(FILE + " is truncated: expected at least " + HEADER_BYTES
                        + " bytes, got " + raw.length);
            }
            throw new IllegalArgumentException(FILE + " is not a digits file: it starts with " + hex(raw)
                    + " instead of \"BPDG\"");
        }
        if (raw.length < HEADER_BYTES) {
            throw new IllegalArgumentException(FILE + " is truncated: expected at least " + HEADER_BYTES
                    + " bytes, got " + raw.length);
        }
        int version = u16(raw, 4);
        if (version != VERSION) {
            throw new IllegalArgumentException(FILE + " has format version " + version + "; this page reads version "
                    + VERSION);
        }
        int width = u16(raw, 6);
        int height = u16(raw, 8);
        int count = u16(raw, 12) << 16 | u16(raw, 14);
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new IllegalArgumentException(FILE + " is corrupt: images of " + width + "×" + height
                    + " pixels (each side must be 1.." + MAX_SIDE + ")");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException(FILE + " is corrupt: it says it holds " + Integer.toUnsignedString(count)
                    + " digits (1.." + MAX_COUNT + " allowed)");
        }
        int expected = HEADER_BYTES + count + count * width * height;
        if (raw.length < expected) {
            throw new IllegalArgumentException(FILE + " is truncated: expected " + expected + " bytes, got "
                    + raw.length);
        }
        if (raw.length > expected) {
            throw new IllegalArgumentException(FILE + " is corrupt: expected " + expected + " bytes, got "
                    + raw.length + " (extra data at the end)");
        }
        byte[] labels = new byte[count];
        System.arraycopy(raw, HEADER_BYTES, labels, 0, count);
        byte[] pixels = new byte[count * width * height];
        System.arraycopy(raw, HEADER_BYTES + count, pixels, 0, pixels.length);
        return of(width, height, labels, pixels);
    }

    /** Whether a file shorter than 4 bytes could be the start of a digits file. */
    private static boolean isPrefixOfMagic(byte[] raw) {
        String magic = "BPDG";
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits from labels and pixels already in memory (kept, not copied).
     *
     * @param pixels count × width × height bytes, row-major, 0 = background, 255 (-1 as a byte) = ink
     */
    public static Digits of(int width, int height, byte[] labels, byte[] pixels) {
        Checks.notNull(labels, "labels");
        Checks.notNull(pixels, "pixels");
        int count = labels.length;
        if (width < 1 || height < 1 || (long) count * width * height != pixels.length) {
            throw new IllegalArgumentException(count + " digits of " + width + "×" + height + " pixels need "
                    + (long) count * width * height + " pixel bytes, got " + pixels.length);
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new IllegalArgumentException(FILE + " is corrupt: digit " + i + " has the label " + labels[i]
                        + " (labels are 0..9)");
            }
        }
        return new Digits(count, width, height, labels, pixels);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
    }

    private static String hex(byte[] b) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < b.length && i < 4; i++) {
            int v = b[i] & 0xFF;
            text.append(i == 0 ? "" : " ").append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
        }
        return text.toString();
    }

    // ---- Reading --------------------------------------------------------------------------------

    public int count() {
        return count;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int pixelsPerImage() {
        return width * height;
    }

    /** The label 0..9 of digit i. */
    public int label(int i) {
        Checks.index(i, count, "digit");
        return labels[i];
    }

    /** Pixel p (row-major, p = y · width + x) of digit i, 0..255. */
    public int pixel(int i, int p) {
        Checks.index(i, count, "digit");
        Checks.index(p, width * height, "pixel");
        return pixels[i * width * height + p] & 0xFF;
    }

    /** Writes digit i as width × height values in [0, 1] (byte / 255) into {@code out} from {@code offset}. */
    public void copyImage(int i, double[] out, int offset) {
        Checks.index(i, count, "digit");
        int n = width * height;
        Checks.slice(out, offset, n, "image");
        int from = i * n;
        for (int p = 0; p < n; p++) {
            out[offset + p] = (pixels[from + p] & 0xFF) / 255.0;
        }
    }

    /** Digit i as width × height values in [0, 1]. */
    public double[] image(int i) {
        double[] out = new double[width * height];
        copyImage(i, out, 0);
        return out;
    }

    /** How many digits carry each label 0..9. */
    int[] labelCounts() {
        int[] counts = new int[CLASSES];
        for (int i = 0; i < count; i++) {
            counts[labels[i]]++;
        }
        return counts;
    }

    /**
     * The same digits at half the resolution (28×28 → 14×14): each new pixel is the mean of a
     * 2×2 block, rounded to the nearest byte (ties up). Width and height must be even.
     */
    public Digits downsample() {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("Only even sizes halve exactly, got " + width + "×" + height);
        }
        int w = width / 2;
        int h = height / 2;
        byte[] small = new byte[count * w * h];
        for (int i = 0; i < count; i++) {
            int from = i * width * height;
            int to = i * w * h;
            for (int y = 0; y < h; y++) {
                int row = from + 2 * y * width;
                for (int x = 0; x < w; x++) {
                    int p = row + 2 * x;
                    int sum = (pixels[p] & 0xFF) + (pixels[p + 1] & 0xFF) + (pixels[p + width] & 0xFF)
                            + (pixels[p + width + 1] & 0xFF);
                    small[to + y * w + x] = (byte) ((sum + 2) >> 2);
                }
            }
        }
        return new Digits(count, w, h, labels, small);
    }

    /** Halves a width × height image of doubles by 2×2 means (no rounding), as {@link #downsample} does for bytes. */
    public static double[] downsample(double[] image, int width, int height) {
        Checks.slice(image, 0, width * height, "image");
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("Only even sizes halve exactly, got " + width + "×" + height);
        }
        int w = width / 2;
        double[] small = new double[w * (height / 2)];
        for (int y = 0; y < height / 2; y++) {
            for (int x = 0; x < w; x++) {
                int p = 2 * y * width + 2 * x;
                small[y * w + x] = 0.25 * (image[p] + image[p + 1] + image[p + width] + image[p + width + 1]);
            }
        }
        return small;
    }
}
