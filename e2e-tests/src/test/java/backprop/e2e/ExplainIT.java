package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.DataPoints;
import backprop.engine.Experiment;
import backprop.engine.Network;
import backprop.engine.PresetCodec;
import backprop.engine.Trace;
import backprop.engine.Trainer;
import backprop.engine.UpdateArithmetic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * "Watch backprop happen": the step-through view shows, in every phase, the
 * numbers of the engine's trace of the example — the same trace the engine
 * computes on the JVM for the same seeded preset. Tolerance: the exact value
 * behind each number (its data-value) agrees with the JVM's to 1e-9 relative
 * (JavaScript and WebAssembly agree with the JVM to ~1e-12), and the rounded
 * text people read is the JVM's value to its 4 significant digits (within
 * half a unit of the last digit shown, plus that 1e-9).
 */
class ExplainIT extends PageTestBase {
    /** 2 inputs, hidden layers of 4 and 2, one tanh output: depth 3, so 8 stepper positions. */
    private static final String PRESET = "seed=0.5&networkShape=4,2&activation=tanh&dataset=circle&learningRate=0.1";
    private static final String MOMENTUM_L2 = PRESET + "&optimizer=momentum&regularization=L2&regularizationRate=0.03";
    private static final int EXAMPLE = 7;
    private static final int COLUMNS = 4;

    private static Experiment jvm(String hash) {
        return Experiment.create(PresetCodec.decode(hash).preset);
    }

    private static void openExplained(String engine, String hash) {
        Playground.openReady("/?engine=" + engine + "#" + hash);
        waitFor(Duration.ofSeconds(10), d -> "true".equals(explain().getDomAttribute("data-active")));
    }

    private static WebElement explain() {
        return driver().findElement(By.id("explain"));
    }

    private static String attr(String name) {
        return explain().getDomAttribute("data-" + name);
    }

    /** Every number with an id in the panel: id → [exact value, text shown]. */
    @SuppressWarnings("unchecked")
    private static Map<String, String[]> numbers() {
        List<List<String>> rows = (List<List<String>>) js("return Array.from(document.querySelectorAll('#explain .num[id]'))"
                + ".map(e => [e.id, e.dataset.value, e.textContent]);");
        Map<String, String[]> map = new HashMap<>();
        for (List<String> r : rows) {
            map.put(r.get(0), new String[] {r.get(1), r.get(2)});
        }
        return map;
    }

    /** The number {@code id} is shown, and shows {@code expected} (see the class comment for the tolerance). */
    private static void check(Map<String, String[]> shown, String id, double expected) {
        String[] n = shown.get(id);
        assertTrue(n != null, "the panel shows #" + id + " (it has " + shown.keySet() + ")");
        double exact = Double.parseDouble(n[0]);
        double tolerance = 1e-9 * Math.max(1e-6, Math.abs(expected));
        assertEquals(expected, exact, tolerance, "#" + id + " data-value");
        double text = Double.parseDouble(n[1].trim());
        assertEquals(expected, text, halfUnit(expected, 4) + tolerance, "#" + id + " shows '" + n[1] + "'");
    }

    /** Half a unit of the last of {@code digits} significant digits of v. */
    private static double halfUnit(double v, int digits) {
        if (v == 0) {
            return 0;
        }
        return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1) * (1 + 1e-9);
    }

    private static double shownText(String id) {
        return Double.parseDouble(driver().findElement(By.id(id)).getText().trim());
    }

    private static double shownValue(String id) {
        return Double.parseDouble(driver().findElement(By.id(id)).getDomAttribute("data-value"));
    }

    private static void next() {
        String before = attr("position");
        driver().findElement(By.id("explain-next")).click();
        waitFor(Duration.ofSeconds(5), d -> !before.equals(attr("position")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void everyPhaseShowsTheEnginesTraceOfTheExample(String engine) throws Exception {
        Trainer trainer = jvm(PRESET).trainer();
        Trace trace = trainer.trace(false, EXAMPLE);
        Network n = trace.before();
        int depth = n.depth();
        openExplained(engine, PRESET + "&explain=train:" + EXAMPLE + "&explainStep=1");
        assertEquals("forward", attr("phase"));
        assertEquals("1", attr("step"));
        assertEquals("0", attr("position"));
        assertTrue(driver().findElement(By.id("explain-prev")).getDomAttribute("disabled") != null);
        DataPoints points = jvm(PRESET).trainPoints();
        Map<String, String[]> shown = numbers();
        check(shown, "explain-x", points.x[EXAMPLE]);
        check(shown, "explain-y", points.y[EXAMPLE]);
        for (int i = 0; i < n.inputCount(); i++) {
            check(shown, "explain-in-" + i, trace.inputs()[i]);
        }

        // Forward: one more layer lights up with each step.
        for (int step = 1; step <= depth; step++) {
            if (step > 1) {
                next();
            }
            assertEquals("forward", attr("phase"));
            assertEquals(Integer.toString(step), attr("step"));
            shown = numbers();
            for (int layer = 1; layer <= depth; layer++) {
                for (int j = 0; j < n.layerSize(layer); j++) {
                    if (layer <= step) {
                        check(shown, "explain-z-" + layer + "-" + j, trace.preActivations(layer - 1)[j]);
                        check(shown, "explain-a-" + layer + "-" + j, trace.outputs(layer - 1)[j]);
                    } else {
                        assertFalse(shown.containsKey("explain-z-" + layer + "-" + j), "layer " + layer + " not yet");
                    }
                }
            }
            if (step == 2) {
                docScreenshot("explain-forward", engine);
            }
        }

        next();
        assertEquals("loss", attr("phase"));
        shown = numbers();
        check(shown, "explain-loss", trace.loss());
        check(shown, "explain-o-0", trace.outputs(depth - 1)[0]);
        check(shown, "explain-t-0", trace.targets()[0]);
        assertEquals(trace.loss(), 0.5 * Math.pow(shownValue("explain-o-0") - shownValue("explain-t-0"), 2),
                1e-12, "square loss ½(o − t)²");
        docScreenshot("explain-loss", engine);

        // Backward: δ travels from the output back.
        for (int step = 1; step <= depth; step++) {
            next();
            assertEquals("backward", attr("phase"));
            shown = numbers();
            for (int layer = depth; layer >= 1; layer--) {
                for (int j = 0; j < n.layerSize(layer); j++) {
                    String id = "explain-delta-" + layer + "-" + j;
                    if (layer > depth - step) {
                        check(shown, id, trace.deltas(layer - 1)[j]);
                    } else {
                        assertFalse(shown.containsKey(id), id + " not yet");
                    }
                }
            }
            if (step == 2) {
                docScreenshot("explain-backward", engine);
            }
        }

        next();
        assertEquals("update", attr("phase"));
        assertTrue(driver().findElement(By.id("explain-next")).getDomAttribute("disabled") != null, "the last step");
        shown = numbers();
        check(shown, "explain-lr", 0.1);
        for (int k = 0; k < depth; k++) {
            int in = n.layerSize(k);
            for (int j = 0; j < n.layerSize(k + 1); j++) {
                for (int i = 0; i < in; i++) {
                    String id = k + "-" + j + "-" + i;
                    check(shown, "explain-dw-" + id, trace.weightChanges(k)[j * in + i]);
                    assertEquals(trace.after().weights(k)[j * in + i],
                            Double.parseDouble(shown.get("explain-wafter-" + id)[0]), 1e-9);
                    assertEquals(trace.before().weights(k)[j * in + i],
                            Double.parseDouble(shown.get("explain-w-" + id)[0]), 1e-9);
                }
                check(shown, "explain-db-" + k + "-" + j, trace.biasChanges(k)[j]);
            }
        }
        String plain = Canvas.fingerprint("heatmap");
        driver().findElement(By.id("explain-after")).click();
        waitFor(Duration.ofSeconds(5), d -> d.findElement(By.id("heatmap-caption")).getText().contains("after"));
        assertNotEquals(plain, Canvas.fingerprint("heatmap"), "the plot shows the network after the update");
        docScreenshot("explain-update", engine);
        assertTrue(Playground.hash().contains("explain=train:" + EXAMPLE + "&phase=update"), Playground.hash());
        assertEquals(List.of(), severeConsoleErrors());
    }

    static Stream<Arguments> enginesAndOptimizers() {
        return Stream.of(Arguments.of("js", PRESET), Arguments.of("wasm", PRESET), Arguments.of("js", MOMENTUM_L2),
                Arguments.of("wasm", MOMENTUM_L2));
    }

    @ParameterizedTest
    @MethodSource("enginesAndOptimizers")
    void aLinksArithmeticAddsUpAndApplyingChangesTheWeightByTheShownDelta(String engine, String preset) {
        Trainer trainer = jvm(preset).trainer();
        boolean momentum = preset.contains("momentum");
        openExplained(engine, preset + "&explain=train:" + EXAMPLE + "&phase=backward");
        if (momentum) {
            // One applied step first, so that the velocity and the next step have something to show.
            trainer.applyTrace(trainer.trace(false, EXAMPLE));
            driver().findElement(By.id("explain-apply")).click();
            waitFor(Duration.ofSeconds(5), d -> "forward".equals(attr("phase")));
            driver().findElement(By.id("explain-phase-backward")).click();
            waitFor(Duration.ofSeconds(5), d -> "backward".equals(attr("phase")));
        }
        Trace trace = trainer.trace(false, EXAMPLE);
        UpdateArithmetic expected = UpdateArithmetic.ofWeight(trace, trainer, 0, 0, 0);

        // The link from X₁ to neuron 1 of layer 1, clicked at its middle.
        double x1 = Canvas.LEFT + Canvas.NODE;
        double x2 = Canvas.columnX(1, COLUMNS);
        Canvas.click(Canvas.network(), (x1 + x2) / 2, Canvas.rowY(0) + Canvas.NODE / 2);
        WebElement detail = driver().findElement(By.id("explain-detail"));
        waitFor(Duration.ofSeconds(5), d -> detail.isDisplayed() && "link".equals(detail.getDomAttribute("data-kind")));
        assertTrue(detail.getText().startsWith("Weight from X₁ to neuron 1 of layer 1"), detail.getText());
        Map<String, String[]> shown = numbers();
        check(shown, "detail-w", expected.weight);
        check(shown, "detail-a", expected.source);
        check(shown, "detail-delta", expected.delta);
        check(shown, "detail-grad", expected.gradient);
        check(shown, "detail-lr", expected.learningRate);
        check(shown, "detail-dw-opt", expected.optimizerChange);
        check(shown, "detail-dw", expected.change);

        // Self-consistent at the precision shown: ∂L/∂w = δ·a, and the step from η and ∂L/∂w.
        double delta = shownText("detail-delta");
        double a = shownText("detail-a");
        double grad = shownText("detail-grad");
        double roundingOfProduct = Math.abs(delta) * halfUnit(a, 4) + Math.abs(a) * halfUnit(delta, 4)
                + halfUnit(delta, 4) * halfUnit(a, 4);
        assertEquals(delta * a, grad, roundingOfProduct + halfUnit(grad, 4), "∂L/∂w = δ·a as shown");
        double lr = shownText("detail-lr");
        double dwOpt = shownText("detail-dw-opt");
        double dw = shownText("detail-dw");
        if (momentum) {
            double beta = shownText("detail-beta");
            double vBefore = shownText("detail-v-before");
            double vAfter = shownText("detail-v-after");
            assertNotEquals(0.0, vBefore, "the velocity carries the applied step");
            assertEquals(beta * vBefore - lr * grad, vAfter, Math.abs(beta) * halfUnit(vBefore, 4)
                    + lr * halfUnit(grad, 4) + halfUnit(vAfter, 4) + 1e-15, "v ← β·v − η·∂L/∂w as shown");
            assertEquals(vAfter, dwOpt, halfUnit(vAfter, 4) + halfUnit(dwOpt, 4), "Δw = v");
            double reg = shownText("detail-dw-reg");
            check(shown, "detail-dw-reg", expected.regularizationChange);
            assertEquals(dwOpt + reg, dw, halfUnit(dwOpt, 4) + halfUnit(reg, 4) + halfUnit(dw, 4),
                    "Δw = optimizer's step + regularization's");
        } else {
            assertEquals(-lr * grad, dwOpt, lr * halfUnit(grad, 4) + halfUnit(dwOpt, 4), "Δw = −η·∂L/∂w as shown");
            assertEquals(dwOpt, dw, halfUnit(dw, 4));
        }
        docScreenshot(momentum ? "explain-link-momentum" : "explain-link", engine);

        // "Apply this update" changes that weight by the Δw shown, exactly.
        double before = weight(0, 0, 0);
        double exactChange = shownValue("detail-dw");
        double newWeight = shownValue("detail-new-w");
        driver().findElement(By.id("explain-apply")).click();
        waitFor(Duration.ofSeconds(5), d -> weight(0, 0, 0) != before);
        assertEquals(exactChange, weight(0, 0, 0) - before, 1e-15, "the weight moved by the Δw shown");
        assertEquals(dw, weight(0, 0, 0) - before, halfUnit(dw, 4), "… to the precision shown");
        assertEquals(newWeight, weight(0, 0, 0), 0.0, "the new w shown");
        assertTrue(driver().findElement(By.id("explain-message")).getText().contains("applied"));
        trainer.applyTrace(trace);
        assertEquals(trainer.network().weights(0)[0], weight(0, 0, 0), 1e-12, "the JVM's step made the same change");
    }

    /** A weight of the page's network (layer k, destination j, source i), exact. */
    private static double weight(int k, int j, int i) {
        return ((Number) js("return JSON.parse(window.playground.weightsJson()).layers[arguments[0]].weights[arguments[1]][arguments[2]];",
                k, j, i)).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theStepperStateSurvivesAReloadFromTheAddress(String engine) {
        openExplained(engine, PRESET + "&explain=train:" + EXAMPLE + "&explainStep=1");
        for (int i = 0; i < 5; i++) {
            next();
        }
        String hash = Playground.hash();
        assertTrue(hash.contains("explain=train:" + EXAMPLE + "&phase=backward&explainStep=2"), hash);
        String text = driver().findElement(By.id("explain-numbers")).getText();
        driver().navigate().refresh();
        js("return window.playground.ready.then(() => true);");
        waitFor(Duration.ofSeconds(10), d -> "true".equals(attr("active")));
        assertEquals("backward", attr("phase"));
        assertEquals("2", attr("step"));
        assertEquals(Integer.toString(EXAMPLE), attr("index"));
        assertEquals(text, driver().findElement(By.id("explain-numbers")).getText(), "the same numbers");
        assertEquals(hash, Playground.hash());

        // A pasted link to a test example's loss opens there live.
        js("location.hash = arguments[0];", "#" + PRESET + "&explain=test:3&phase=loss");
        waitFor(Duration.ofSeconds(5), d -> "loss".equals(attr("phase")) && "test".equals(attr("set")));
        Trace trace = jvm(PRESET).trainer().trace(true, 3);
        check(numbers(), "explain-loss", trace.loss());

        // Auto-play walks on by itself at the chosen pace, and stops when asked.
        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("explain-pace")))
                .selectByVisibleText("0.5 s per step");
        driver().findElement(By.id("explain-play")).click();
        waitFor(Duration.ofSeconds(10), d -> "backward".equals(attr("phase")));
        driver().findElement(By.id("explain-play")).click();
        String stopped = attr("position");
        assertEquals("false", driver().findElement(By.id("explain-play")).getDomAttribute("aria-pressed"));
        try {
            Thread.sleep(1200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(stopped, attr("position"), "paused");

        // Leaving and playing trains as usual.
        driver().findElement(By.id("explain-exit")).click();
        waitFor(Duration.ofSeconds(5), d -> "false".equals(attr("active")));
        assertFalse(Playground.hash().contains("explain="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void clickingADataPointExplainsItAndPausesTraining(String engine) {
        Experiment e = jvm(PRESET);
        DataPoints points = e.trainPoints();
        int loneliest = 0;
        double farthest = -1;
        for (int i = 0; i < points.size(); i++) {
            double nearest = Double.MAX_VALUE;
            for (int j = 0; j < points.size(); j++) {
                if (j != i) {
                    nearest = Math.min(nearest, Math.hypot(points.x[i] - points.x[j], points.y[i] - points.y[j]));
                }
            }
            if (nearest > farthest && Math.abs(points.x[i]) < 5.5 && Math.abs(points.y[i]) < 5.5) {
                farthest = nearest;
                loneliest = i;
            }
        }
        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        Playground.call("play");
        WebElement heatmap = driver().findElement(By.id("heatmap"));
        double scale = heatmap.getRect().getWidth() / 440.0;
        double plot = 440 - 30 - 6;
        double px = (30 + (points.x[loneliest] + 6) / 12 * plot) * scale;
        double py = (6 + (6 - points.y[loneliest]) / 12 * (440 - 6 - 24)) * scale;
        Canvas.click(heatmap, px, py);
        int index = loneliest;
        try {
            waitFor(Duration.ofSeconds(5), d -> "true".equals(attr("active")) && Integer.toString(index).equals(attr("index")));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("clicked point " + index + " at " + px + "," + py + " (rect " + heatmap.getRect().getWidth()
                    + "): active " + attr("active") + ", index " + attr("index") + ", console " + consoleMessages(), timeout);
        }
        assertEquals("train", attr("set"));
        assertEquals("false", Playground.status("playing"), "training paused");
        Trace trace = jvm(PRESET).trainer().trace(false, index);
        // the weights are those the page trained to before the click, so compare the inputs only
        Map<String, String[]> shown = numbers();
        check(shown, "explain-in-0", trace.inputs()[0]);
        check(shown, "explain-in-1", trace.inputs()[1]);
        driver().findElement(By.id("explain-random")).click();
        waitFor(Duration.ofSeconds(5), d -> !Integer.toString(index).equals(attr("index")));
        Playground.call("play");
        waitFor(Duration.ofSeconds(5), d -> "false".equals(attr("active")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void whileTrainingLinksGlowByTheirChangeAndTheRatioChartJudgesTheLearningRate(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + PRESET + "&showChanges=true&learningRate=3");
        assertTrue(driver().findElement(By.id("showChanges")).isSelected());
        String diagram = Canvas.fingerprint("network");
        Playground.call("step");
        waitFor(Duration.ofSeconds(5), d -> !Canvas.fingerprint("network").equals(diagram));
        WebElement note = driver().findElement(By.id("ratio-note"));
        waitFor(Duration.ofSeconds(5), d -> !note.getDomAttribute("data-ratios").isEmpty());
        String[] ratios = note.getDomAttribute("data-ratios").split(",");
        assertEquals(3, ratios.length, "one ratio per weight layer");
        assertTrue(note.getText().contains("far above ~1e-3"), note.getText());
        screenshot("ratio-chart-" + engine);

        Playground.openReady("/?engine=" + engine + "#" + PRESET + "&learningRate=0.00001");
        Playground.call("step");
        WebElement low = driver().findElement(By.id("ratio-note"));
        waitFor(Duration.ofSeconds(5), d -> low.getText().contains("far below ~1e-3"));
    }

    /**
     * A screenshot for the docs, in a tall window so that the diagram, the
     * panel and the plot are all in view: target/screenshots/NAME-ENGINE.png,
     * and for the JavaScript engine also docs/NAME.png when -Dexplain.docs=DIR is set.
     */
    private static void docScreenshot(String name, String engine) {
        Dimension size = driver().manage().window().getSize();
        driver().manage().window().setSize(new Dimension(1280, 1500));
        js("window.scrollTo(0, 0);");
        try {
            Path file = screenshot(name + "-" + engine);
            String docs = System.getProperty("explain.docs", "");
            if (!docs.isEmpty() && engine.equals("js")) {
                Files.copy(file, Path.of(docs).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } finally {
            driver().manage().window().setSize(size);
        }
    }
}
