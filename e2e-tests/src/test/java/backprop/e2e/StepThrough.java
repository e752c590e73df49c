package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.train.Experiment;
import backprop.engine.state.PresetCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Reads and drives the step-through panel ({@code #explain}) for {@link ExplainIT} and
 * {@link ExplainNavigationIT}: its numbers (exact value and text), its stepper, the network's weights.
 */
final class StepThrough {
    private StepThrough() {
    }

    /** 2 inputs, hidden layers of 4 and 2, one tanh output: depth 3, so 8 stepper positions. */
    static final String PRESET = "seed=0.5&networkShape=4,2&activation=tanh&dataset=circle&learningRate=0.1";
    static final String MOMENTUM_L2 = PRESET + "&optimizer=momentum&regularization=L2&regularizationRate=0.03";
    static final int EXAMPLE = 7;
    static final int COLUMNS = 4;

    static Experiment jvm(String hash) {
        return Experiment.create(PresetCodec.decode(hash).preset);
    }

    static void openExplained(String engine, String hash) {
        Playground.openReady("/?engine=" + engine + "#" + hash);
        PageTestBase.waitFor(Waits.REACTION, d -> "true".equals(explain().getDomAttribute("data-active")));
    }

    static WebElement explain() {
        return PageTestBase.driver().findElement(By.id("explain"));
    }

    static String attr(String name) {
        return explain().getDomAttribute("data-" + name);
    }

    /** Every number with an id in the panel: id → [exact value, text shown]. */
    @SuppressWarnings("unchecked")
    static Map<String, String[]> numbers() {
        List<List<String>> rows = (List<List<String>>) PageTestBase.js("return Array.from(document.querySelectorAll('#explain .num[id]'))"
                + ".map(e => [e.id, e.dataset.value, e.textContent]);");
        Map<String, String[]> map = new HashMap<>();
        for (List<String> r : rows) {
            map.put(r.get(0), new String[] {r.get(1), r.get(2)});
        }
        return map;
    }

    /** The number {@code id} is shown, and shows {@code expected} (see the class comment for the tolerance). */
    static void check(Map<String, String[]> shown, String id, double expected) {
        String[] n = shown.get(id);
        assertTrue(n != null, "the panel shows #" + id + " (it has " + shown.keySet() + ")");
        double exact = Double.parseDouble(n[0]);
        double tolerance = 1e-9 * Math.max(1e-6, Math.abs(expected));
        assertEquals(expected, exact, tolerance, "#" + id + " data-value");
        double text = Double.parseDouble(n[1].trim());
        assertEquals(expected, text, halfUnit(expected, 4) + tolerance, "#" + id + " shows '" + n[1] + "'");
    }

    /** Half a unit of the last of {@code digits} significant digits of v. */
    static double halfUnit(double v, int digits) {
        if (v == 0) {
            return 0;
        }
        return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1) * (1 + 1e-9);
    }

    static double shownText(String id) {
        return Double.parseDouble(PageTestBase.driver().findElement(By.id(id)).getText().trim());
    }

    static double shownValue(String id) {
        return Double.parseDouble(PageTestBase.driver().findElement(By.id(id)).getDomAttribute("data-value"));
    }

    static void next() {
        String before = attr("position");
        PageTestBase.driver().findElement(By.id("explain-next")).click();
        PageTestBase.waitFor(Waits.REACTION, d -> !before.equals(attr("position")));
    }


    /** A weight of the page's network (layer k, destination j, source i), exact. */
    static double weight(int k, int j, int i) {
        return ((Number) PageTestBase.js("return JSON.parse(window.playground.weightsJson()).layers[arguments[0]].weights[arguments[1]][arguments[2]];",
                k, j, i)).doubleValue();
    }

    /**
     * A screenshot for the docs, in a tall window so that the diagram, the
     * panel and the plot are all in view: target/screenshots/NAME-ENGINE.png,
     * and for the JavaScript engine also docs/NAME.png when -Dexplain.docs=DIR is set.
     */
    static void docScreenshot(String name, String engine) {
        Dimension size = PageTestBase.driver().manage().window().getSize();
        PageTestBase.driver().manage().window().setSize(new Dimension(1280, 1500));
        PageTestBase.js("window.scrollTo(0, 0);");
        try {
            Path file = PageTestBase.screenshot(name + "-" + engine);
            String docs = System.getProperty("explain.docs", "");
            if (!docs.isEmpty() && engine.equals("js")) {
                Files.copy(file, Path.of(docs).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } finally {
            PageTestBase.driver().manage().window().setSize(size);
        }
    }
}
