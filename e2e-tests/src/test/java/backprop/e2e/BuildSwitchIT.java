package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The default page loads a smaller build without the step-through and the digits. Asking
 * for either loads the full build, and the run goes on there: the same weights, bit for bit, the
 * same epoch and the same loss history.
 */
class BuildSwitchIT extends PageTestBase {
    private static final String PRESET = "seed=0.25&networkShape=5,3&activation=tanh&dataset=xor&learningRate=0.03";

    private static String build() {
        return (String) js("return window.playground.build();");
    }

    /** Waits until the page has reloaded into the full build and is ready. */
    private static void awaitFullBuild() {
        waitFor(Waits.LOAD, d -> Boolean.TRUE.equals(js(
                "return !!(window.playground && window.playground.build && window.playground.build() === 'full');")));
        js("return window.playground.ready.then(() => true);");
    }

    /** The loss chart's samples, once the page has drawn it. */
    private static int historySize() {
        waitFor(Waits.REACTION, d -> Playground.statusNumber("history-size").isPresent());
        return (int) Playground.statusNumber("history-size").getAsDouble();
    }

    /** The update-ratio chart's samples, once the page has drawn it. */
    private static int ratioChartPoints() {
        By chart = By.id("ratio-chart");
        waitFor(Waits.REACTION, d -> Waits.number(d.findElement(chart).getDomAttribute("data-points")).isPresent());
        return Integer.parseInt(driver().findElement(chart).getDomAttribute("data-points"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theDefaultPageLoadsTheSmallBuildAndAnAddressThatAsksForMoreTheFullOne(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        assertEquals("playground", build());
        Playground.openReady("/?engine=" + engine + "#" + PRESET + "&explain=train:3");
        assertEquals("full", build());
        assertEquals("true", driver().findElement(By.id("explain")).getDomAttribute("data-active"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void openingTheStepThroughCarriesTheRunIntoTheFullBuild(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        for (int i = 0; i < 25; i++) {
            Playground.call("step");
        }
        String weights = Playground.weights();
        int history = historySize();
        assertEquals(25, Playground.epoch());
        assertTrue(history > 1, "a loss history to carry: " + history);
        int ratioPoints = ratioChartPoints();
        assertTrue(ratioPoints > 1, "a ratio history to carry: " + ratioPoints);

        driver().findElement(By.id("explain-start")).click();
        awaitFullBuild();

        assertEquals("true", driver().findElement(By.id("explain")).getDomAttribute("data-active"));
        assertTrue(Playground.hash().contains("explain=train:"), Playground.hash());
        assertEquals(weights, Playground.weights(), "the same weights, bit for bit");
        assertEquals(25, Playground.epoch());
        assertEquals(history, historySize());
        assertEquals(ratioPoints, ratioChartPoints(), "the ratio chart shows what it showed before the switch");
        assertTrue(severeConsoleErrors().isEmpty(), severeConsoleErrors().toString());

        // Training goes on from there, and a reload keeps the full build in this tab.
        js("window.playground.exitExplain();");
        Playground.call("step");
        assertEquals(26, Playground.epoch());
        driver().navigate().refresh();
        js("return window.playground.ready.then(() => true);");
        assertEquals("full", build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theAutomationApiAndTheDigitsButtonSwitchToo(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        Playground.call("step");
        js("window.playground.explain(false, 5);");
        awaitFullBuild();
        assertTrue(Playground.hash().contains("explain=train:5"), Playground.hash());
        assertEquals(1, Playground.epoch());

        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        assertEquals("playground", build());
        driver().findElement(By.id("dataset-digits")).click();
        awaitFullBuild();
        assertTrue(Playground.hash().contains("digits="), Playground.hash());
        waitFor(Waits.TRAINING, d -> "ready".equals(Digits.status("state")) || "error".equals(Digits.status("state")));
        assertEquals("ready", Digits.status("state"), Digits.status("error"));
    }
}
