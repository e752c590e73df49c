package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The digits file decoder on small synthetic files written by {@link DigitFiles} (not by the decoder). */
class DigitsTest {

    private static String error(byte[] file) {
        return assertThrows(IllegalArgumentException.class, () -> Digits.decode(file)).getMessage();
    }

    @Test
    void roundTrip() {
        Digits d = Digits.decode(DigitFiles.synthetic(23, 6, 4));
        assertEquals(23, d.count());
        assertEquals(6, d.width());
        assertEquals(4, d.height());
        for (int i = 0; i < 23; i++) {
            assertEquals(i % 10, d.label(i));
            double[] image = d.image(i);
            for (int p = 0; p < 24; p++) {
                int expected = (i * 31 + p * 7) & 0xFF;
                assertEquals(expected, d.pixel(i, p));
                assertEquals(expected / 255.0, image[p], 0.0);
            }
        }
        assertArrayEquals(new int[] {3, 3, 3, 2, 2, 2, 2, 2, 2, 2}, d.labelCounts());
    }

    @Test
    void truncatedFilesSayHowManyBytesWereExpected() {
        byte[] raw = DigitFiles.synthetic(5, 4, 4);   // 16 + 5 + 80 = 101 bytes
        assertEquals(101, raw.length);
        assertEquals("The digits file is truncated: expected 101 bytes, got 60", error(Arrays.copyOf(raw, 60)));
        assertEquals("The digits file is truncated: expected at least 16 bytes, got 10", error(Arrays.copyOf(raw, 10)));
        assertEquals("The digits file is truncated: expected at least 16 bytes, got 2", error(Arrays.copyOf(raw, 2)));
    }

    @Test
    void corruptFilesAreRejectedWithAReason() {
        byte[] raw = DigitFiles.synthetic(5, 4, 4);
        assertEquals("The digits file is empty", error(new byte[0]));
        byte[] html = "<!DOCTYPE html><html>Not found</html>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("The digits file is not a digits file: it starts with 3c 21 44 4f instead of \"BPDG\"",
                error(html));
        assertEquals("The digits file is still gzip-compressed: inflate it before decoding it",
                error(DigitFiles.gzip(raw)));
        assertEquals("The digits file has format version 2; this page reads version 1",
                error(DigitFiles.raw(2, 4, 4, 5, new byte[5], new byte[80])));
        assertTrue(error(DigitFiles.raw(1, 0, 4, 5, new byte[5], new byte[0])).contains("images of 0×4 pixels"));
        assertTrue(error(DigitFiles.raw(1, 4, 4, 0, new byte[0], new byte[0])).contains("holds 0 digits"));
        assertTrue(error(DigitFiles.raw(1, 4, 4, -1, new byte[0], new byte[0])).contains("holds 4294967295 digits"));
        byte[] badLabel = raw.clone();
        badLabel[16 + 3] = 12;
        assertEquals("The digits file is corrupt: digit 3 has the label 12 (labels are 0..9)", error(badLabel));
        assertEquals("The digits file is corrupt: expected 101 bytes, got 102 (extra data at the end)",
                error(Arrays.copyOf(raw, 102)));
    }

    @Test
    void aHugeCountInASmallFileIsTruncationNotAnAllocation() {
        String message = error(DigitFiles.raw(1, 28, 28, 100_000, new byte[3], new byte[0]));
        assertEquals("The digits file is truncated: expected 78500016 bytes, got 19", message);
    }

    @Test
    void downsamplingAveragesTwoByTwoBlocks() {
        byte[] pixels = new byte[2 * 16];
        for (int p = 0; p < 16; p++) {
            pixels[p] = (byte) (p * 10);          // digit 0: 0, 10, ..., 150
            pixels[16 + p] = (byte) 255;          // digit 1: all ink
        }
        pixels[1] = 1;                            // block (0,0) of digit 0: 0, 1, 40, 50 → 22.75 → 23
        Digits d = Digits.of(4, 4, new byte[] {3, 7}, pixels).downsample();
        assertEquals(2, d.width());
        assertEquals(2, d.height());
        assertEquals(23, d.pixel(0, 0));
        assertEquals((20 + 30 + 60 + 70 + 2) / 4, d.pixel(0, 1));
        assertEquals((80 + 90 + 120 + 130 + 2) / 4, d.pixel(0, 2));
        assertEquals(255, d.pixel(1, 3));
        assertEquals(7, d.label(1));
        double[] image = new double[16];
        for (int p = 0; p < 16; p++) {
            image[p] = p;
        }
        assertArrayEquals(new double[] {2.5, 4.5, 10.5, 12.5}, Digits.downsample(image, 4, 4), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Digits.of(3, 1, new byte[1], new byte[3]).downsample());
    }

    @Test
    void readingOutsideTheDigitsIsAnIllegalArgument() {
        Digits d = Digits.decode(DigitFiles.synthetic(3, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> d.label(3));
        assertThrows(IllegalArgumentException.class, () -> d.pixel(0, 4));
        assertThrows(IllegalArgumentException.class, () -> d.copyImage(0, new double[5], 2));
    }
}
