package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The learning-rate schedule and the stop conditions, set through the page's own controls (under
 * "More"): the run pauses by itself where they say, η shown is the schedule's, the settings travel in
 * the address and in a share link; regression shows RMSE and R² beside its loss.
 */
class ScheduleIT extends PageTestBase {
    private static final String REGRESSION = "seed=sched&problem=regression&regDataset=reg-plane&learningRate=0.1";

    private static WebElement byId(String id) {
        return driver().findElement(By.id(id));
    }

    /** Opens "More" if the control is not in view. */
    private static WebElement control(String id) {
        WebElement element = byId(id);
        if (!element.isDisplayed() && !byId("more-panel").isDisplayed()) {
            byId("more").click();
        }
        waitFor(Waits.REACTION, d -> element.isDisplayed());
        return element;
    }

    /** Types a value into a number field and leaves it (its change applies then). */
    private static void type(String id, String value) {
        WebElement field = control(id);
        field.clear();
        field.sendKeys(value, Keys.TAB);
        waitFor(Waits.REACTION, d -> Playground.hash().contains("&" + id + "=" + value));
    }

    /** Plays and waits until the run has paused by itself; returns the reason #status gives. */
    private static String playUntilStopped() {
        byId("play").click();
        waitFor(Waits.TRAINING, d -> "false".equals(Playground.status("playing"))
                && !Playground.status("stopped").isEmpty());
        return Playground.status("stopped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aStepDecayAndAStopAfterTwelveEpochsSetInThePageStopThereAndComeBackFromTheAddress(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + REGRESSION);
        assertFalse(byId("lr-chart").isDisplayed(), "no schedule curve while η is constant");
        new Select(control("lrSchedule")).selectByVisibleText("Step decay");
        assertFalse(byId("lrMin-field").isDisplayed(), "step decay has no smallest η");
        type("lrEvery", "5");
        type("lrGamma", "0.4");
        type("stopEpochs", "12");
        assertTrue(Playground.hash().contains("&lrSchedule=step&lrEvery=5&lrGamma=0.4"), Playground.hash());

        assertEquals("stopped: after 12 epochs", playUntilStopped());
        assertEquals(12, Playground.epoch());
        assertEquals("12", Playground.status("stopped-epoch"));
        // η of epoch 12 = 0.1 · 0.4^⌊12/5⌋ = 0.016
        assertEquals(0.016, Playground.statusNumber("lr-now").getAsDouble(), 1e-15);
        assertEquals("η now 0.0160", byId("lr-now").getText());
        assertTrue(byId("lr-chart").isDisplayed());
        // the square loss is ½(o − t)² per example: RMSE² = 2 · the test loss
        double rmse = Playground.statusNumber("test-rmse").getAsDouble();
        assertEquals(2 * Playground.testLoss(), rmse * rmse, 1e-9 * rmse * rmse);
        assertTrue(byId("test-rmse").isDisplayed() && byId("test-r2").isDisplayed());
        assertFalse(byId("test-accuracy").isDisplayed(), "regression has no accuracy");
        assertTrue(Playground.statusNumber("test-r2").getAsDouble() <= 1);
        screenshot("schedule-stopped-" + engine);

        // Played again, it goes on past the stop (the condition was met when play started).
        byId("play").click();
        waitFor(Waits.TRAINING, d -> Playground.epoch() > 14);
        Playground.call("pause");

        String state = Playground.state();
        Playground.openReady("/?engine=" + engine + "#" + state);
        assertEquals("step", new Select(control("lrSchedule")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("5", byId("lrEvery").getDomProperty("value"));
        assertEquals("0.4", byId("lrGamma").getDomProperty("value"));
        assertEquals("12", byId("stopEpochs").getDomProperty("value"));
        assertEquals("η now 0.100", byId("lr-now").getText(), "epoch 0 of the reopened run");
        assertEquals("stopped: after 12 epochs", playUntilStopped());
        assertEquals(12, Playground.epoch());
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void aStopBelowATrainingLossPausesThereAndAShareLinkKeepsTheSchedule() {
        Playground.openReady("/#seed=stop-loss&dataset=circle&learningRate=0.1");
        new Select(control("lrSchedule")).selectByVisibleText("Cosine");
        assertFalse(byId("lrGamma-field").isDisplayed(), "the cosine has no γ");
        type("lrEvery", "400");
        type("lrMin", "0.01");
        type("stopLoss", "0.1");
        String reason = playUntilStopped();
        assertTrue(reason.startsWith("stopped: training loss "), reason);
        assertTrue(reason.endsWith(" < 0.1"), reason);
        double loss = Playground.trainLoss();
        assertTrue(loss < 0.1, "stopped at training loss " + loss);
        int epoch = Playground.epoch();
        assertEquals(Integer.toString(epoch), Playground.status("stopped-epoch"));
        // η of that epoch: 0.01 + 0.09 · (1 + cos(π · epoch / 400)) / 2 while epoch ≤ 400
        double expected = 0.01 + 0.09 * (1 + Math.cos(Math.PI * Math.min(epoch, 400) / 400)) / 2;
        assertEquals(expected, Playground.statusNumber("lr-now").getAsDouble(), 1e-12);
        screenshot("schedule-stopped-at-loss");

        String state = Playground.state();
        String link = ShareIT.share("Cosine schedule, stop below 0.1", false);
        open(link.substring(baseUrl().length()));
        js("return window.playground.ready.then(() => true);");
        waitFor(Waits.LOAD, d -> state.equals(Playground.state()));
        assertEquals("cosine", new Select(control("lrSchedule")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("0.01", byId("lrMin").getDomProperty("value"));
        assertEquals("0.1", byId("stopLoss").getDomProperty("value"));
    }

    @Test
    void aValueOutsideItsLimitsIsRefusedAndTheStateKeepsItsOwn() {
        Playground.openReady("/#seed=bad-values");
        new Select(control("lrSchedule")).selectByVisibleText("Exponential decay");
        WebElement gamma = control("lrGamma");
        gamma.clear();
        gamma.sendKeys("1.5", Keys.TAB);
        waitFor(Waits.REACTION, d -> "true".equals(gamma.getDomAttribute("aria-invalid")));
        assertTrue(gamma.getDomAttribute("title").contains("is not a number in (0, 1]"), gamma.getDomAttribute("title"));
        assertFalse(Playground.hash().contains("lrGamma"), Playground.hash());
    }

    @Test
    void theStepThroughsUpdateShowsTheScheduledRate() {
        Playground.openReady("/?engine=js#seed=sched-explain&dataset=xor&learningRate=0.1&lrSchedule=step&lrEvery=2&lrGamma=0.5");
        for (int i = 0; i < 4; i++) {
            Playground.call("step");
        }
        assertEquals(4, Playground.epoch());
        byId("explain-start").click();
        waitFor(Waits.LOAD, d -> Boolean.TRUE.equals(js(
                "return !!(window.playground && window.playground.build && window.playground.build() === 'full');")));
        js("return window.playground.ready.then(() => true);");
        waitFor(Waits.REACTION, d -> "true".equals(StepThrough.attr("active")));
        assertEquals(4, Playground.epoch());
        while (!"update".equals(StepThrough.attr("phase"))) {
            StepThrough.next();
        }
        // epoch 4: 0.1 · 0.5^⌊4/2⌋
        StepThrough.check(StepThrough.numbers(), "explain-lr", 0.025);
        screenshot("schedule-step-through-update");
    }
}
