package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The loss chart reads at any speed: its epoch axis keeps the first hundred epochs wide, change
 * markers never overlap and list their changes on a click, and the page says when the learning
 * rate is far too large, but never asks for a higher one after the loss has settled.
 */
class LossChartIT extends PageTestBase {
    private static final String SPIRAL =
            "#dataset=spiral&networkShape=6,6&activation=tanh&learningRate=0.03&seed=0.31&speed=0";

    private static WebElement chart() {
        return driver().findElement(By.id("loss-chart"));
    }

    /** A data-* number of the loss chart; fails when the chart has not written it. */
    private static double chartNumber(String name) {
        return Waits.written(chart().getDomAttribute("data-" + name), "loss chart's data-" + name);
    }

    @Test
    void atFullSpeedTheFirstHundredEpochsStayReadable() {
        Playground.openReady("/#seed=0.5&speed=0");
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Playground.epoch() >= 3000);
        Playground.call("pause");
        waitFor(Waits.REACTION, d -> chart().getDomAttribute("data-points") != null);
        double width = chartNumber("plot-width");
        assertTrue(chartNumber("points") >= 100, "points drawn: " + chartNumber("points"));
        assertTrue(chartNumber("span") >= 0.95 * width, "the points run across the chart: " + chartNumber("span"));
        assertTrue(chartNumber("early-width") >= width / 12,
                "the first 100 epochs take " + chartNumber("early-width") + " px of " + width);
        assertTrue(chartNumber("early-points") >= 30,
                "the first 100 epochs are drawn from " + chartNumber("early-points") + " samples");
        screenshot("loss-chart-full-speed");
    }

    @Test
    void manyQuickChangesNeverOverlapAndAClickListsThem() {
        Playground.openReady("/" + SPIRAL);
        Playground.call("play");
        waitFor(Waits.LOAD, d -> Playground.epoch() >= 30);
        int changes = 12;
        for (int i = 0; i < changes; i++) {
            driver().findElement(By.id("feature-xSquared")).click();
        }
        waitFor(Waits.REACTION, d -> Playground.statusNumberIs("markers", m -> m == changes));
        Playground.call("pause");
        waitFor(Waits.REACTION, d -> !chart().getDomAttribute("data-marker-xs").isEmpty());
        String[] xs = chart().getDomAttribute("data-marker-xs").split(",");
        String[] counts = chart().getDomAttribute("data-marker-counts").split(",");
        assertEquals(xs.length, counts.length);
        int listed = 0;
        for (int i = 0; i < xs.length; i++) {
            listed += Integer.parseInt(counts[i]);
            if (i > 0) {
                int gap = Integer.parseInt(xs[i]) - Integer.parseInt(xs[i - 1]);
                assertTrue(gap >= 9, "markers " + (i - 1) + " and " + i + " are " + gap + " px apart");
            }
        }
        assertEquals(changes, listed, "each change belongs to one drawn marker");

        // A click (a tap on a phone) on the first marker lists its changes.
        WebElement canvas = chart();
        double scale = ((Number) js("const c = arguments[0]; return c.width / c.clientWidth;", canvas)).doubleValue();
        int cssX = (int) Math.round(Integer.parseInt(xs[0]) / scale);
        int cssWidth = canvas.getRect().getWidth();
        new Actions(driver()).moveToElement(canvas, cssX - cssWidth / 2, 0).click().perform();
        WebElement tip = driver().findElement(By.id("marker-tip"));
        waitFor(Waits.REACTION, d -> tip.isDisplayed());
        assertTrue(tip.getText().startsWith("epoch "), tip.getText());
        assertEquals(Integer.parseInt(counts[0]), tip.getText().split("\n").length, tip.getText());
        screenshot("loss-chart-markers");
    }

    @Test
    void atOneEpochPerFrameEachChangeGetsItsOwnMarker() {
        Playground.openReady("/" + SPIRAL.replace("speed=0", "speed=1"));
        Playground.call("play");
        String[] features = {"feature-xSquared", "feature-ySquared", "feature-xTimesY"};
        for (int i = 0; i < features.length; i++) {
            int at = 40 + 40 * i;
            waitFor(Waits.TRAINING, d -> Playground.epoch() >= at);
            driver().findElement(By.id(features[i])).click();
        }
        waitFor(Waits.TRAINING, d -> Playground.epoch() >= 200);
        Playground.call("pause");
        waitFor(Waits.REACTION, d -> chart().getDomAttribute("data-marker-counts").equals("1,1,1"));
        screenshot("loss-chart-speed-1-changes");
    }

    @Test
    void aLearningRateOfTenSaysItIsTooLarge() {
        Playground.openReady("/#seed=0.5&learningRate=10");
        Playground.call("play");
        WebElement notice = driver().findElement(By.id("lr-notice"));
        waitFor(Waits.TRAINING, d -> "too-large".equals(notice.getDomAttribute("data-verdict")));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains("so large") && notice.getText().contains("Try 0.03"), notice.getText());
        assertFalse(driver().findElement(By.id("ratio-note")).getText().contains("higher learning rate may help"));
        Playground.call("pause");
    }

    @Test
    void afterConvergenceNothingAsksForAHigherRate() {
        Playground.openReady("/#seed=0.5&speed=0");
        Playground.call("play");
        Playground.waitForTrainLossBelow(0.01);
        int converged = Playground.epoch();
        waitFor(Waits.TRAINING, d -> Playground.epoch() > converged + 2000);
        Playground.call("pause");
        int paused = Playground.epoch();
        WebElement notice = driver().findElement(By.id("lr-notice"));
        // Paused, the advice is judged at once for the epoch it stopped at.
        waitFor(Waits.REACTION, d -> notice.getDomAttribute("data-verdict") != null || !notice.isDisplayed());
        assertEquals(paused, Playground.epoch());
        assertFalse(notice.isDisplayed() && notice.getText().contains("higher learning rate"), notice.getText());
        String ratioNote = driver().findElement(By.id("ratio-note")).getText();
        assertFalse(ratioNote.contains("higher learning rate may help"), ratioNote);
    }
}
