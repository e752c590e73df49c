package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Your own function, through the page's controls: a typed boundary y &gt; f(x) and surface
 * z = f(x, y), typed input features, errors with a caret, training, a share link and the URL
 * opened anew; the regression legend's numbers and the readout under the output plot.
 */
class FormulaIT extends PageTestBase {

    private static WebElement byId(String id) {
        return driver().findElement(By.id(id));
    }

    private static void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aTypedBoundaryTrainsIsSharedAndOpensTheSame(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=formula-" + engine + "&networkShape=6&learningRate=0.1");
        assertFalse(byId("formula-field").isDisplayed(), "the field shows only for the formula dataset");
        byId("dataset-formula").click();
        waitFor(Waits.REACTION, d -> byId("formula-field").isDisplayed());
        assertTrue(Playground.state().contains("dataset=formula"), Playground.state());
        assertEquals("2*sin(x)", byId("formula-input").getDomProperty("value"));

        type("formula-input", "sin(x");
        waitFor(Waits.REACTION, d -> byId("formula-error").isDisplayed());
        assertEquals("sin(x\n     ^\nexpected ')' to close the '(' at 3", byId("formula-error").getText());
        assertEquals("true", byId("formula-input").getDomAttribute("aria-invalid"));
        assertEquals("sin(x", byId("formula-input").getDomProperty("value"), "the typed text is kept");
        assertFalse(Playground.state().contains("formula="), "the state keeps its formula: " + Playground.state());
        screenshot("formula-error-" + engine);

        type("formula-input", "x^2/4 - 3");
        waitFor(Waits.REACTION, d -> Playground.state().contains("&formula=x%5E2/4-3"));
        assertFalse(byId("formula-error").isDisplayed());
        assertEquals("x^2/4-3", byId("formula-input").getDomProperty("value"), "shown in canonical form");
        assertEquals("0", byId("formula-field").getDomAttribute("data-undefined"));

        double start = Playground.trainLoss();
        js("for (let i = 0; i < 60; i++) { window.playground.step(); }");
        assertTrue(Playground.trainLoss() < start * 0.8, "it learns the parabola: " + start + " -> " + Playground.trainLoss());
        String state = Playground.state();
        String weights = Playground.weights();
        double loss = Playground.trainLoss();
        screenshot("formula-trained-" + engine);

        String link = ShareIT.share("A parabola (" + engine + ")", true);
        try (Browser fresh = new Browser(outputDir())) {
            fresh.open(link + "?engine=" + engine);
            fresh.js("return window.playground.ready.then(() => true);");
            assertEquals(state, fresh.js("return window.playground.state();"));
            assertEquals(weights, fresh.js("return window.playground.weights();"));
            assertEquals(loss, ((Number) fresh.js("return window.playground.trainLoss();")).doubleValue(), 0,
                    "the same weights on the same data give the same loss");
            assertEquals("x^2/4-3", fresh.js("return document.getElementById('formula-input').value;"));
            assertEquals(Boolean.FALSE, fresh.js("return document.getElementById('formula-field').hidden;"));
            assertEquals(List.of(), fresh.severeConsoleErrors());
        }
        // the address alone: a new page from the URL has the same formula and the same data
        open("/?engine=" + engine + "#" + state);
        js("return window.playground.ready.then(() => true);");
        assertEquals(state, Playground.state());
        assertEquals("x^2/4-3", byId("formula-input").getDomProperty("value"));
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void aTypedSurfaceHasALegendWithItsRangeAndAReadoutOfNetworkAndTarget() {
        Playground.openReady("/#seed=surface&networkShape=6,4");
        new Select(byId("problem")).selectByValue("regression");
        waitFor(Waits.REACTION, d -> !d.findElements(By.id("dataset-reg-formula")).isEmpty());
        assertEquals("+1", byId("legend-high").getText(), "TensorFlow Playground's plane: ±1 as before");
        byId("dataset-reg-formula").click();
        waitFor(Waits.REACTION, d -> byId("formula-field").isDisplayed());
        assertEquals("z = f(x, y) =", byId("formula-label").getText());
        type("formula-input", "x y y / 10");
        waitFor(Waits.REACTION, d -> Playground.state().contains("regFormula=x*y*y/10"));
        // |x·y²/10| ≤ 21.6 on the square; the drawn points reach most of it
        waitFor(Waits.REACTION, d -> Waits.number(byId("output-legend").getDomAttribute("data-high")).orElse(0) > 5);
        double high = Waits.number(byId("output-legend").getDomAttribute("data-high")).getAsDouble();
        assertTrue(high <= 21.6, "the largest |target|: " + high);
        assertTrue(byId("legend-high").getText().startsWith("+"), byId("legend-high").getText());
        assertTrue(byId("legend-low").getText().startsWith("−"), byId("legend-low").getText());

        WebElement plot = byId("heatmap");
        new Actions(driver()).moveToElement(plot, plot.getSize().getWidth() / 4, -plot.getSize().getHeight() / 5).perform();
        waitFor(Waits.REACTION, d -> byId("plot-readout").getText().contains("target"));
        String text = byId("plot-readout").getText();
        double x = Double.parseDouble(byId("plot-readout").getDomAttribute("data-x"));
        double y = Double.parseDouble(byId("plot-readout").getDomAttribute("data-y"));
        assertTrue(x > 0 && y > 0, "the pointer is right of and above the centre: " + x + ", " + y);
        String target = text.substring(text.indexOf("target ") + 7, text.indexOf(" at ("));
        assertEquals(x * y * y / 10, Double.parseDouble(target.replace('−', '-')), 0.006, text);
        assertTrue(text.startsWith("network "), text);
        screenshot("formula-surface-readout");
    }

    @Test
    void aTypedFeatureJoinsTheRunningNetworkAndIsUndone() {
        Playground.openReady("/#seed=typed&dataset=circle&networkShape=4&learningRate=0.03");
        js("for (let i = 0; i < 5; i++) { window.playground.step(); }");
        int epoch = Playground.epoch();
        double before = Playground.trainLoss();

        type("typed-input", "sin(");
        waitFor(Waits.REACTION, d -> byId("typed-error").isDisplayed());
        assertEquals("sin(\n    ^\nthe formula ends too early", byId("typed-error").getText());
        assertFalse(Playground.state().contains("featureFormulas"));

        type("typed-input", "x^2 + y^2");
        waitFor(Waits.REACTION, d -> Playground.state().contains("featureFormulas=x%5E2%2By%5E2"));
        assertFalse(byId("typed-error").isDisplayed());
        assertEquals("1", byId("typed-list").getDomAttribute("data-count"));
        assertEquals(epoch, Playground.epoch(), "the run goes on: the network was reshaped, not rebuilt");
        assertEquals(before, Playground.trainLoss(), 1e-12, "a new input starts with zero weights: the same outputs");
        screenshot("formula-typed-feature");

        js("for (let i = 0; i < 30; i++) { window.playground.step(); }");
        assertNotEquals(before, Playground.trainLoss());
        Playground.call("undo");
        waitFor(Waits.REACTION, d -> !Playground.state().contains("featureFormulas"));
        assertEquals("0", byId("typed-list").getDomAttribute("data-count"));

        type("typed-input", "x*y*y");
        waitFor(Waits.REACTION, d -> Playground.state().contains("featureFormulas=x*y*y"));
        byId("typed-list").findElement(By.cssSelector("button")).click();
        waitFor(Waits.REACTION, d -> !Playground.state().contains("featureFormulas"));
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void aTypedInputInTheDiagramIsReachedByTheKeysAndRemovedByEnterOrAClick() {
        Playground.openReady("/#seed=typed-diagram&dataset=circle&networkShape=4&featureFormulas=sin(3x)");
        assertEquals("1", byId("typed-list").getDomAttribute("data-count"));
        js("document.getElementById('network').focus();");
        waitFor(Waits.REACTION, d -> Canvas.network().getDomAttribute("data-focus") != null);
        WebElement network = Canvas.network();
        network.sendKeys(Keys.ARROW_LEFT);
        for (int i = 0; i < 12 && !network.getDomAttribute("data-focus").contains("typed"); i++) {
            network.sendKeys(Keys.ARROW_DOWN);
        }
        // the typed input is the tenth row, below the nine built-in features
        assertEquals("input sin(3*x), typed: Enter removes it (Undo brings it back)", network.getDomAttribute("data-focus"));
        network.sendKeys(Keys.ENTER);
        waitFor(Waits.REACTION, d -> !Playground.state().contains("featureFormulas"));
        assertEquals("0", byId("typed-list").getDomAttribute("data-count"));
        assertTrue(network.getDomAttribute("data-focus").startsWith("input "), "the focus stays in the input column");
        String removedByKey = Playground.state();

        Playground.call("undo");
        waitFor(Waits.REACTION, d -> Playground.state().contains("featureFormulas"));
        Canvas.click(Canvas.network(), Canvas.LEFT + 15, Canvas.rowY(9) + 15);
        waitFor(Waits.REACTION, d -> !Playground.state().contains("featureFormulas"));
        assertEquals(removedByKey, Playground.state(), "a click removes the typed input as Enter did, and nothing else");
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void theFullBuildReadsAndTypesTheSameFormulas() {
        Playground.openReady("/#seed=full-formula&dataset=formula&formula=x%5E2/4-3&featureFormulas=sin(3*x)"
                + "&networkShape=4&explain=train:3");
        assertEquals("full", js("return window.playground.build();"), "the step-through's address loads the full build");
        assertEquals("x^2/4-3", byId("formula-input").getDomProperty("value"));
        assertEquals("1", byId("typed-list").getDomAttribute("data-count"));
        js("window.playground.exitExplain();");
        type("formula-input", "abs(x) - 2");
        waitFor(Waits.REACTION, d -> Playground.state().contains("&formula=abs(x)-2"));
        type("typed-input", "x y");
        waitFor(Waits.REACTION, d -> Playground.state().contains("featureFormulas=sin(3*x),x*y"));
        double start = Playground.trainLoss();
        js("for (let i = 0; i < 30; i++) { window.playground.step(); }");
        assertTrue(Playground.trainLoss() < start, "it trains with two typed inputs: " + start + " -> " + Playground.trainLoss());
        assertEquals(List.of(), severeConsoleErrors());
    }
}
