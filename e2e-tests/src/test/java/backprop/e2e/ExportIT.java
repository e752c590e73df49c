package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.export.ExportLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * "Export as code" beside the weights download: trained a little, the page offers the network as
 * a NumPy script holding its current weights exactly. The default build hands the run to the full
 * build, which has the code generators and exports at once; there the button exports directly.
 * When python3 with NumPy is installed, the downloaded script runs and agrees with the outputs the
 * page computed at its three check points.
 */
class ExportIT extends PageTestBase {
    private static final String PRESET =
            "seed=0.5&networkShape=4,2&activation=tanh&dataset=circle&x=true&y=true&sinX=true&learningRate=0.03";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?");
    private static final Pattern GAP = Pattern.compile("largest difference ([0-9.e+-]+)");

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theExportedNumpyScriptHoldsTheCurrentWeights(String engine) throws Exception {
        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        assertEquals("playground", build());
        List<String> options = new ArrayList<>();
        new Select(driver().findElement(By.id("export-code-lang"))).getOptions()
                .forEach(o -> options.add(o.getDomAttribute("value")));
        List<String> languages = new ArrayList<>();
        for (ExportLanguage l : ExportLanguage.values()) {
            languages.add(l.id());
        }
        assertEquals(languages, options, "the picker offers every language the engine writes");

        for (int i = 0; i < 20; i++) {
            Playground.call("step");
        }
        String weights = Playground.weightsJson();
        new Select(driver().findElement(By.id("export-code-lang"))).selectByValue("numpy");
        driver().findElement(By.id("export-code")).click();

        // The default build has no code generators: the full build takes the run over and exports it.
        waitFor(Waits.LOAD, d -> Boolean.TRUE.equals(js(
                "return !!(window.playground && window.playground.build && window.playground.build() === 'full');")));
        js("return window.playground.ready.then(() => true);");
        waitFor(Waits.REACTION, d -> "network_numpy.py".equals(
                d.findElement(By.id("export-code")).getDomAttribute("data-exported")));
        assertEquals(weights, Playground.weightsJson(), "the run came over unchanged");

        // In the full build the button exports directly; the download is caught before it leaves the page.
        // (The blob is read where the page makes it: the page's CSP lets no fetch read a blob: URL.)
        js("window.caughtNames = []; window.caughtTexts = [];"
                + "const makeUrl = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) {"
                + "  blob.text().then(text => window.caughtTexts.push(text));"
                + "  return makeUrl.call(URL, blob);"
                + "};"
                + "HTMLAnchorElement.prototype.click = function () { window.caughtNames.push(this.download); };");
        driver().findElement(By.id("export-code")).click();
        waitFor(Waits.REACTION, d -> ((Number) js("return window.caughtTexts.length;")).intValue() == 1);
        assertEquals(List.of("network_numpy.py"), js("return window.caughtNames;"));
        String script = (String) js("return window.caughtTexts[0];");

        JsonNode layers = new ObjectMapper().readTree(Playground.weightsJson()).get("layers");
        assertEquals(3, layers.size());
        for (int k = 0; k < layers.size(); k++) {
            List<Double> expected = new ArrayList<>();
            layers.get(k).get("weights").forEach(row -> row.forEach(w -> expected.add(w.doubleValue())));
            assertSameNumbers(expected, numbersAfter(script, "W" + (k + 1) + " = "), "W" + (k + 1));
            List<Double> biases = new ArrayList<>();
            layers.get(k).get("biases").forEach(b -> biases.add(b.doubleValue()));
            assertSameNumbers(biases, numbersAfter(script, "b" + (k + 1) + " = "), "b" + (k + 1));
        }
        assertTrue(script.contains("return np.array([x, y, np.sin(x)], dtype=np.float64)"), script);

        if (works("python3", "-c", "import numpy")) {
            Path file = Files.createDirectories(Path.of("target", "export-it")).resolve("network_numpy_" + engine + ".py");
            Files.writeString(file, script);
            String out = run("python3", file.toString());
            Matcher gaps = GAP.matcher(out);
            int checks = 0;
            while (gaps.find()) {
                checks++;
                assertTrue(Double.parseDouble(gaps.group(1)) <= 1e-12, "NumPy against the page:\n" + out);
            }
            assertEquals(3, checks, out);
        }
        assertTrue(severeConsoleErrors().isEmpty(), severeConsoleErrors().toString());
    }

    private static String build() {
        return (String) js("return window.playground.build();");
    }

    private static List<Double> numbersAfter(String text, String start) {
        int at = text.indexOf(start);
        assertTrue(at >= 0, "no " + start + " in\n" + text);
        int open = text.indexOf('[', at);
        int depth = 0;
        int end = open;
        do {
            char ch = text.charAt(end++);
            depth += ch == '[' ? 1 : ch == ']' ? -1 : 0;
        } while (depth > 0);
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.substring(open, end));
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        return numbers;
    }

    private static void assertSameNumbers(List<Double> expected, List<Double> found, String what) {
        assertEquals(expected.size(), found.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToLongBits(expected.get(i) + 0.0), Double.doubleToLongBits(found.get(i) + 0.0),
                    what + "[" + i + "]");
        }
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
