package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The network diagram: inputs switch on click, links and biases show and take values, neurons show their map. */
class NetworkDiagramIT extends PageTestBase {
    /** 2 inputs (x, y), hidden layers of 4 and 2, one output: four columns. */
    private static final String NET = "#seed=0.5&networkShape=4,2&activation=tanh&dataset=circle";
    private static final int COLUMNS = 4;

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void clickingAnInputFeatureSwitchesIt(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        // xSquared is the third input row
        Canvas.click(Canvas.network(), Canvas.LEFT + 15, Canvas.rowY(2) + 15);
        waitFor(Waits.REACTION, d -> Playground.hash().contains("xSquared=true"));
        assertEquals("true", driver().findElement(By.id("feature-xSquared")).getDomAttribute("aria-pressed"));
        assertEquals(3, Playground.weightsJson().split("\\[\\[")[1].split("\\]")[0].split(",").length,
                "the first layer now takes three inputs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void hoveringALinkShowsItsWeightLiveAndClickingEditsIt(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        WebElement canvas = Canvas.network();
        double x1 = Canvas.LEFT + Canvas.NODE;
        double x2 = Canvas.columnX(1, COLUMNS);
        double y = Canvas.rowY(0) + Canvas.NODE / 2;
        Canvas.hover(canvas, (x1 + x2) / 2, y);
        WebElement tooltip = driver().findElement(By.id("network-tooltip"));
        waitFor(Waits.REACTION, d -> tooltip.isDisplayed());
        String before = tooltip.getText();
        assertTrue(before.startsWith("weight from X₁ to neuron 1 of hidden layer 1: "), before);
        Playground.call("play");
        waitFor(Waits.REACTION, d -> !tooltip.getText().equals(before));
        Playground.call("pause");

        Canvas.click(canvas, (x1 + x2) / 2, y);
        WebElement value = driver().findElement(By.id("inspector-value"));
        waitFor(Waits.REACTION, d -> value.isDisplayed());
        String heatmap = Canvas.fingerprint("heatmap");
        value.clear();
        value.sendKeys("2.5", Keys.ENTER);
        waitFor(Waits.REACTION, d -> Playground.weightsJson().contains("[[2.5,"));
        waitFor(Waits.REACTION, d -> d.findElement(By.id("inspector-text")).getText().endsWith(": 2.5000"));
        waitFor(Waits.REACTION, d -> !Canvas.fingerprint("heatmap").equals(heatmap));
        screenshot("edit-weight-" + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aBiasCanBeEditedAndABadValueChangesNothing(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        double bx = Canvas.columnX(1, COLUMNS) - 9 + 3.5;
        double by = Canvas.rowY(0) + Canvas.NODE - 7 + 3.5;
        Canvas.click(Canvas.network(), bx, by);
        WebElement text = driver().findElement(By.id("inspector-text"));
        waitFor(Waits.REACTION, d -> text.isDisplayed());
        assertTrue(text.getText().startsWith("bias of neuron 1 of hidden layer 1: 0.1000"), text.getText());
        String weights = Playground.weights();
        WebElement value = driver().findElement(By.id("inspector-value"));
        value.clear();
        value.sendKeys("lots", Keys.ENTER);
        WebElement error = driver().findElement(By.id("inspector-error"));
        waitFor(Waits.REACTION, d -> error.getText().contains("“lots” is not a number"));
        assertEquals(weights, Playground.weights(), "the network is unchanged");
        value.clear();
        value.sendKeys("-1", Keys.ENTER);
        waitFor(Waits.REACTION, d -> text.getText().endsWith(": -1.0000"));
        assertNotEquals(weights, Playground.weights());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aNeuronShowsItsOutputInTheBigPlot(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        String output = Canvas.fingerprint("heatmap");
        Canvas.click(Canvas.network(), Canvas.columnX(1, COLUMNS) + 15, Canvas.rowY(1) + 15);
        WebElement caption = driver().findElement(By.id("heatmap-caption"));
        waitFor(Waits.REACTION, d -> caption.getText().contains("neuron 2 of hidden layer 1"));
        assertNotEquals(output, Canvas.fingerprint("heatmap"));
        assertTrue(driver().findElement(By.id("inspector")).isDisplayed(), "tapping works without hover");
        driver().findElement(By.id("inspector-close")).click();
        waitFor(Waits.REACTION, d -> caption.getText().equals("The network's output over the input plane"));
        assertFalse(driver().findElement(By.id("inspector")).isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void layersAndNeuronsAreAddedAndRemovedWithinEightBySixteen(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        driver().findElement(By.id("add-layer")).click();
        waitFor(Waits.REACTION, d -> Playground.hash().contains("networkShape=4,2,2&"));
        for (int i = 0; i < 20; i++) {
            driver().findElement(By.cssSelector("[data-layer='0'] button:last-of-type")).click();
        }
        waitFor(Waits.REACTION, d -> Playground.hash().contains("networkShape=16,2,2&"));
        for (int i = 0; i < 8; i++) {
            driver().findElement(By.id("add-layer")).click();
        }
        waitFor(Waits.REACTION, d -> "8".equals(d.findElement(By.id("layer-count")).getText()));
        driver().findElement(By.id("remove-layer")).click();
        waitFor(Waits.REACTION, d -> "7".equals(d.findElement(By.id("layer-count")).getText()));
        Playground.openReady("/?engine=" + engine + "#seed=1&networkShape=40,3,3,3,3,3,3,3,3,3");
        assertTrue(Playground.state().contains("networkShape=16,3,3,3,3,3,3,3&"), Playground.state());
        assertTrue(driver().findElement(By.id("notice")).getText().contains("networkShape"));
        screenshot("network-8x16-" + engine);
    }
}
