package backprop.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Running the interpreters an exported program is checked with ({@code python3}, {@code node}).
 * They are installed by {@code bin/install-export-tools} (CI and {@code bin/test} run it); a test
 * that needs one skips only when it is absent, and fails instead when
 * {@code BACKPROP_REQUIRE_EXPORT_TOOLS=1} (CI sets it, so that a missing tool cannot pass unnoticed).
 */
final class Tools {
    private Tools() {
    }

    /** Skips the test when {@code command} does not run, or fails it when the tools are required. */
    static void assumeWorks(String why, String... command) {
        boolean works = works(command);
        if ("1".equals(System.getenv("BACKPROP_REQUIRE_EXPORT_TOOLS"))) {
            assertTrue(works, why + " (BACKPROP_REQUIRE_EXPORT_TOOLS=1; run bin/install-export-tools)");
        }
        assumeTrue(works, why);
    }

    /** Whether {@code command} runs and exits with 0 within 60 s. */
    static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code command} in {@code dir}; fails the test unless it exits with 0; returns its standard output. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not finish in 120 s");
        String err = java.nio.file.Files.readString(dir.resolve("stderr.txt"));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + err + out);
        return out;
    }

    /** The numbers of each output line, "0.5 -0.25" → {0.5, −0.25}. */
    static List<double[]> rows(String output) {
        List<double[]> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" +");
            double[] row = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                row[i] = Double.parseDouble(parts[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
