package backprop.engine.digits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The committed digits file (inflated by the JDK), and a writer of small synthetic ones. */
final class DigitFiles {
    /** The repository's datasets/ folder, seen from the engine module (Maven runs tests there). */
    static final Path DATASETS = Path.of("..", "datasets");
    static final Path MNIST = DATASETS.resolve("mnist-10k.bin.gz");

    private static Digits mnist;

    private DigitFiles() {
    }

    static byte[] mnistBytes() {
        try {
            return Files.readAllBytes(MNIST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed file, inflated by the JDK and decoded once per test run. */
    static synchronized Digits mnist() {
        if (mnist == null) {
            mnist = Digits.decode(gunzip(mnistBytes()));
        }
        return mnist;
    }

    static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uncompressed BPDG file with these header fields, labels and pixels. */
    static byte[] raw(int version, int width, int height, int count, byte[] labels, byte[] pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'B', 'P', 'D', 'G'});
        u16(out, version);
        u16(out, width);
        u16(out, height);
        u16(out, 0);
        u16(out, count >>> 16);
        u16(out, count & 0xFFFF);
        out.writeBytes(labels);
        out.writeBytes(pixels);
        return out.toByteArray();
    }

    /** A valid file of {@code count} w × h digits: label i % 10, pixel p of digit i = (i · 31 + p · 7) mod 256. */
    static byte[] synthetic(int count, int w, int h) {
        byte[] labels = new byte[count];
        byte[] pixels = new byte[count * w * h];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 10);
            for (int p = 0; p < w * h; p++) {
                pixels[i * w * h + p] = (byte) (i * 31 + p * 7);
            }
        }
        return raw(1, w, h, count, labels, pixels);
    }

    static byte[] gzip(byte[] data, int level) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes) {
            {
                def.setLevel(level);
            }
        }) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] data) {
        return gzip(data, Deflater.BEST_COMPRESSION);
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }
}
