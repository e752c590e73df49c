package backprop.e2e;

import static backprop.e2e.StepThrough.PRESET;
import static backprop.e2e.StepThrough.attr;
import static backprop.e2e.StepThrough.docScreenshot;
import static backprop.e2e.StepThrough.halfUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Explaining what is worth explaining: on a trained network, "Explain a random example" lands on an
 * example the network still gets wrong (loss ≥ 1e-3) or says why there is none; a learned example
 * says it is learned and offers the worst one; with "All digits" the loss phase's numbers add up
 * by hand to the last bit.
 */
class ExplainChoiceIT extends PageTestBase {
    private static final double TINY = 1e-3;

    /**
     * A circle with noisy points: a trained network gets most points right (loss &lt; 1e-3) and
     * some, across the boundary, wrong — on the JVM at epoch 300, 47 of 250 and 203 of 250.
     */
    private static final String NOISY = PRESET + "&noise=25&speed=0";

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void onATrainedNetworkTheRandomExampleIsOneItGetsWrongAndALearnedOneSaysSo(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + NOISY);
        Playground.call("play");
        Playground.waitForTrainLossBelow(0.1);
        Playground.call("pause");

        driver().findElement(By.id("explain-start")).click();
        waitFor(Waits.LOAD, d -> "true".equals(attr("active")));
        assertEquals("train", attr("set"));
        double chosen = Waits.written(attr("loss"), "the explained example's loss");
        assertTrue(chosen >= TINY, "the random example is one the network gets wrong: loss " + chosen);
        WebElement note = driver().findElement(By.id("explain-note"));
        assertTrue(!note.isDisplayed(), "no note on an example the network gets wrong (loss " + chosen + ")");

        // A learned example: the panel says so, and offers the worst one.
        int learned = -1;
        for (int i = 0; i < 100 && learned < 0; i++) {
            String index = Integer.toString(i);
            js("window.playground.explain(false, arguments[0]);", i);
            waitFor(Waits.REACTION, d -> index.equals(attr("index")) && "forward".equals(attr("phase")));
            if (Waits.written(attr("loss"), "the loss of example " + i) < TINY) {
                learned = i;
            }
        }
        assertTrue(learned >= 0, "the trained network has learned one of its first 100 examples");
        double tiny = Double.parseDouble(attr("loss"));
        waitFor(Waits.REACTION, d -> note.isDisplayed());
        assertTrue(note.getText().contains("already gets this point right: its loss is "), note.getText());
        assertTrue(note.getText().contains("e-"), "a loss below 1e-3 is written in scientific notation: " + note.getText());

        // Its loss, with all digits, is ½(o − t)² to the last bit.
        driver().findElement(By.id("explain-phase-loss")).click();
        waitFor(Waits.REACTION, d -> "loss".equals(attr("phase")));
        String rounded = driver().findElement(By.id("explain-loss")).getText().trim();
        assertTrue(rounded.matches("-?\\d\\.\\d{3}e-\\d+"), "4 significant digits, scientific below 1e-3: " + rounded);
        assertEquals(tiny, Double.parseDouble(rounded), halfUnit(tiny, 4));
        driver().findElement(By.id("explain-all-digits")).click();
        waitFor(Waits.REACTION, d -> "true".equals(attr("all-digits")));
        double o = text("explain-o-0");
        double t = text("explain-t-0");
        double loss = text("explain-loss");
        assertEquals(tiny, loss, 0.0, "all digits read back to the exact loss");
        assertEquals(0.5 * (o - t) * (o - t), loss, 1e-12 * loss, "½(o − t)² with o = " + o + ", t = " + t);
        assertEquals(Double.parseDouble(driver().findElement(By.id("explain-o-0")).getDomAttribute("data-value")), o, 0.0);
        docScreenshot("explain-learned-example", engine);

        // "Explain one it gets wrong": the worst example.
        WebElement worst = driver().findElement(By.id("explain-worst"));
        assertTrue(worst.isDisplayed(), "the offer is there: '" + note.getText() + "'");
        String before = attr("index");
        worst.click();
        waitFor(Waits.REACTION, d -> !before.equals(attr("index")) && "forward".equals(attr("phase")));
        double wrong = Waits.written(attr("loss"), "the worst example's loss");
        assertTrue(wrong >= TINY, "the worst example has loss " + wrong);
        assertTrue(wrong >= chosen, "the worst is at least as bad as the one drawn among the worst: " + wrong + " < " + chosen);
        waitFor(Waits.REACTION, d -> !note.isDisplayed());
        driver().findElement(By.id("explain-phase-update")).click();
        waitFor(Waits.REACTION, d -> "update".equals(attr("phase")));
        docScreenshot("explain-worst-example", engine);
        assertEquals(List.of(), severeConsoleErrors());
    }

    /** A network that gets every point right: a learned example may be explained, but then it says why. */
    @Test
    void whenEveryExampleIsLearnedThePanelSaysSo() {
        Playground.openReady("/?engine=js#" + PRESET + "&speed=0");
        Playground.call("play");
        Playground.waitForTrainLossBelow(3e-5);
        Playground.call("pause");
        driver().findElement(By.id("explain-start")).click();
        waitFor(Waits.LOAD, d -> "true".equals(attr("active")));
        double chosen = Waits.written(attr("loss"), "the explained example's loss");
        WebElement note = driver().findElement(By.id("explain-note"));
        if (chosen < TINY) {
            assertTrue(note.isDisplayed() && note.getText().contains("already gets this point right"),
                    "a chosen example with loss " + chosen + " says why: '" + note.getText() + "'");
            assertTrue(note.getText().contains("It gets every training example right: the largest loss is "),
                    "a learned example is chosen only when none is wrong: '" + note.getText() + "'");
            assertTrue(!driver().findElement(By.id("explain-worst")).isDisplayed(), "nothing wrong to offer");
        } else {
            assertTrue(!note.isDisplayed(), "no note on an example the network gets wrong (loss " + chosen + ")");
        }
        assertEquals(List.of(), severeConsoleErrors());
    }

    private static double text(String id) {
        return Double.parseDouble(driver().findElement(By.id(id)).getText().trim());
    }
}
