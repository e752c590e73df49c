package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Rng;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The gzip decoder against the JDK's gzip writer (an independent implementation). */
class InflateTest {
    private static final int MAX = 1 << 24;

    private static byte[] sample(int n, int seed, boolean compressible) {
        Rng rng = new Rng(seed);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (compressible ? (rng.nextInt(8) == 0 ? rng.nextInt(256) : (i / 50) % 7) : rng.nextBits());
        }
        return b;
    }

    @Test
    void decodesWhatTheJdkWritesAtEveryLevel() {
        // Level 0 writes stored blocks; short inputs get fixed Huffman codes; the rest dynamic ones.
        for (int level : new int[] {Deflater.NO_COMPRESSION, 1, 6, Deflater.BEST_COMPRESSION}) {
            for (int n : new int[] {0, 1, 2, 100, 5000, 70_000, 300_000}) {
                for (boolean compressible : new boolean[] {true, false}) {
                    byte[] data = sample(n, n + level, compressible);
                    byte[] back = Inflate.gunzip(DigitFiles.gzip(data, level), "test data", MAX);
                    assertArrayEquals(data, back, "level " + level + ", " + n + " bytes, compressible " + compressible);
                }
            }
        }
    }

    @Test
    void crc32MatchesTheJdks() {
        byte[] data = sample(10_000, 3, false);
        CRC32 jdk = new CRC32();
        jdk.update(data);
        assertEquals((int) jdk.getValue(), Inflate.crc32(data, data.length));
    }

    @Test
    void everyTruncationIsReportedAsTruncated() {
        byte[] gz = DigitFiles.gzip(sample(3000, 7, true));
        for (int cut = 2; cut < gz.length; cut++) {
            byte[] part = Arrays.copyOf(gz, cut);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Inflate.gunzip(part, "The file", MAX), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("The file is truncated") || e.getMessage().startsWith("The file is corrupt"),
                    e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inflate.gunzip(Arrays.copyOf(gz, gz.length / 2), "The file", MAX));
        assertTrue(e.getMessage().startsWith("The file is truncated"), e.getMessage());
    }

    @Test
    void damagedBytesGiveAnErrorOrTheRightData_neverAnotherException() {
        byte[] data = sample(20_000, 11, true);
        byte[] gz = DigitFiles.gzip(data);
        Rng rng = new Rng(5);
        int caught = 0;
        for (int trial = 0; trial < 2000; trial++) {
            byte[] bad = gz.clone();
            int flips = 1 + rng.nextInt(3);
            for (int f = 0; f < flips; f++) {
                bad[10 + rng.nextInt(bad.length - 10)] ^= (byte) (1 << rng.nextInt(8));
            }
            try {
                assertArrayEquals(data, Inflate.gunzip(bad, "The file", MAX));
            } catch (IllegalArgumentException expected) {
                caught++;
            }
        }
        assertTrue(caught > 1900, "almost every damage is detected (CRC-32), " + caught);
    }

    @Test
    void refusesABomb() {
        byte[] zeros = new byte[1 << 20];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inflate.gunzip(DigitFiles.gzip(zeros), "The file", 1000));
        assertTrue(e.getMessage().contains("more than 1000 bytes"), e.getMessage());
    }

    @Test
    void rejectsTrailingBytesAndOtherMethods() {
        byte[] gz = DigitFiles.gzip(sample(100, 1, true));
        byte[] longer = Arrays.copyOf(gz, gz.length + 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Inflate.gunzip(longer, "F", MAX))
                .getMessage().contains("3 unexpected bytes"));
        byte[] method = gz.clone();
        method[2] = 7;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Inflate.gunzip(method, "F", MAX))
                .getMessage().contains("not DEFLATE"));
    }
}
