package backprop.e2e;

import static backprop.e2e.StepThrough.EXAMPLE;
import static backprop.e2e.StepThrough.PRESET;
import static backprop.e2e.StepThrough.attr;
import static backprop.e2e.StepThrough.check;
import static backprop.e2e.StepThrough.explain;
import static backprop.e2e.StepThrough.jvm;
import static backprop.e2e.StepThrough.next;
import static backprop.e2e.StepThrough.numbers;
import static backprop.e2e.StepThrough.openExplained;
import static backprop.e2e.StepThrough.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.engine.train.Trace;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The step-through as people move around it: its state in the address survives a reload,
 * clicking a data point explains that point, and while training the links glow by their change.
 */
class ExplainNavigationIT extends PageTestBase {
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
        waitFor(Waits.REACTION, d -> "true".equals(attr("active")));
        assertEquals("backward", attr("phase"));
        assertEquals("2", attr("step"));
        assertEquals(Integer.toString(EXAMPLE), attr("index"));
        assertEquals(text, driver().findElement(By.id("explain-numbers")).getText(), "the same numbers");
        assertEquals(hash, Playground.hash());

        // A pasted link to a test example's loss opens there live.
        js("location.hash = arguments[0];", "#" + PRESET + "&explain=test:3&phase=loss");
        waitFor(Waits.REACTION, d -> "loss".equals(attr("phase")) && "test".equals(attr("set")));
        Trace trace = jvm(PRESET).trainer().trace(true, 3);
        check(numbers(), "explain-loss", trace.loss());

        // Auto-play walks on by itself at the chosen pace, and stops when asked.
        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("explain-pace")))
                .selectByVisibleText("0.5 s per step");
        driver().findElement(By.id("explain-play")).click();
        waitFor(Waits.REACTION, d -> "backward".equals(attr("phase")));
        driver().findElement(By.id("explain-play")).click();
        String stopped = attr("position");
        assertEquals("false", driver().findElement(By.id("explain-play")).getDomAttribute("aria-pressed"));
        Waits.letThePageRun(1200, 10); // more than two steps' worth at 0.5 s per step
        assertEquals(stopped, attr("position"), "paused");

        // Leaving and playing trains as usual.
        driver().findElement(By.id("explain-exit")).click();
        waitFor(Waits.REACTION, d -> "false".equals(attr("active")));
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
            waitFor(Waits.REACTION, d -> "true".equals(attr("active")) && Integer.toString(index).equals(attr("index")));
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
        waitFor(Waits.REACTION, d -> !Integer.toString(index).equals(attr("index")));
        Playground.call("play");
        waitFor(Waits.REACTION, d -> "false".equals(attr("active")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void whileTrainingLinksGlowByTheirChangeAndTheRatioChartJudgesTheLearningRate(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + PRESET + "&showChanges=true&learningRate=3");
        assertTrue(driver().findElement(By.id("showChanges")).isSelected());
        String diagram = Canvas.fingerprint("network");
        Playground.call("step");
        waitFor(Waits.REACTION, d -> !Canvas.fingerprint("network").equals(diagram));
        WebElement note = driver().findElement(By.id("ratio-note"));
        waitFor(Waits.REACTION, d -> !note.getDomAttribute("data-ratios").isEmpty());
        String[] ratios = note.getDomAttribute("data-ratios").split(",");
        assertEquals(3, ratios.length, "one ratio per weight layer");
        assertTrue(note.getText().contains("far above ~1e-3"), note.getText());
        screenshot("ratio-chart-" + engine);

        Playground.openReady("/?engine=" + engine + "#" + PRESET + "&learningRate=0.00001");
        Playground.call("step");
        WebElement low = driver().findElement(By.id("ratio-note"));
        waitFor(Waits.REACTION, d -> low.getText().contains("far below ~1e-3"));
    }
}
