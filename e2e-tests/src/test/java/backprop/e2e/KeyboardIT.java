package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The canvases by keyboard alone (no mouse, no script focusing anything): Tab reaches the output
 * plot, the arrows move its focus marker between data points and Enter explains the marked one;
 * the step-through's four phases follow with →; Tab reaches the network diagram, ] moves onto a
 * neuron's first incoming weight, Enter opens it in the inspector with the value field focused, a
 * typed value and Enter set it, and Ctrl+Z undoes the edit.
 */
class KeyboardIT extends PageTestBase {
    /** 2 inputs (x, y), hidden layers of 4 and 2, one output. */
    private static final String NET = "#seed=0.5&networkShape=4,2&activation=tanh&dataset=circle";

    private static void press(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
    }

    private static String focusedId() {
        return (String) js("return document.activeElement ? document.activeElement.id : '';");
    }

    /** Presses Tab until the element {@code id} has the focus (at most 300 times). */
    private static void tabTo(String id) {
        for (int i = 0; i < 300 && !id.equals(focusedId()); i++) {
            press(Keys.TAB);
        }
        assertEquals(id, focusedId(), "Tab reaches #" + id);
    }

    private static String attr(String id, String name) {
        return driver().findElement(By.id(id)).getDomAttribute(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void pickAPointAndStepThroughItsFourPhases(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        tabTo("heatmap");
        waitFor(Waits.REACTION, d -> attr("heatmap", "data-focus") != null);
        String first = attr("heatmap", "data-focus");
        assertTrue(first.startsWith("train:"), first);
        String said = driver().findElement(By.id("plot-focus")).getText();
        assertTrue(said.startsWith("training point " + (Integer.parseInt(first.substring(6)) + 1) + " of "), said);
        assertTrue(driver().findElement(By.id("plot-keys-hint")).isDisplayed(), "the keys' hint shows while focused");
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_UP);
        String marked = attr("heatmap", "data-focus");
        assertNotEquals(first, marked, "the arrows move the marker");
        screenshot("keyboard-plot-" + engine);
        press(Keys.ENTER);
        // The step-through lives in the full build: the page may reload into it, with the example in the address.
        waitFor(Waits.LOAD, d -> Playground.state().contains("explain=" + marked));
        waitFor(Waits.LOAD, d -> {
            WebElement explain = d.findElement(By.id("explain"));
            return "true".equals(explain.getDomAttribute("data-active"));
        });
        if ("heatmap".equals(focusedId())) {
            press(Keys.ESCAPE); // leave the plot, so that → steps through the phases
        }
        Set<String> phases = new LinkedHashSet<>();
        phases.add(attr("explain", "data-phase"));
        for (int i = 0; i < 30 && phases.size() < 4; i++) {
            press(Keys.ARROW_RIGHT);
            phases.add(attr("explain", "data-phase"));
        }
        assertEquals(Set.of("forward", "loss", "backward", "update"), phases, "→ reaches every phase");
        assertTrue(Playground.state().contains("explain=" + marked), "still the same example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void inspectEditAndUndoAWeight(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        String before = Playground.weightsJson();
        tabTo("network");
        waitFor(Waits.REACTION, d -> attr("network", "data-focus") != null);
        assertEquals("neuron 1 of hidden layer 1", attr("network", "data-focus"));
        press(Keys.ARROW_DOWN);
        assertEquals("neuron 2 of hidden layer 1", attr("network", "data-focus"));
        press(Keys.ARROW_UP, "]");
        String link = attr("network", "data-focus");
        assertTrue(link.startsWith("weight from X₁ to neuron 1 of hidden layer 1: "), link);
        WebElement tooltip = driver().findElement(By.id("network-tooltip"));
        waitFor(Waits.REACTION, d -> tooltip.isDisplayed());
        assertEquals(link, tooltip.getText(), "the live region says what the tooltip shows");
        assertEquals(link, driver().findElement(By.id("network-focus")).getText());
        screenshot("keyboard-diagram-" + engine);

        press(Keys.ENTER);
        waitFor(Waits.REACTION, d -> "inspector-value".equals(focusedId()));
        press("2.5", Keys.ENTER); // the field shows the weight, selected: typing replaces it
        waitFor(Waits.REACTION, d -> Playground.weightsJson().contains("[[2.5,"));
        waitFor(Waits.REACTION, d -> "network".equals(focusedId()));
        assertFalse(driver().findElement(By.id("undo")).getDomAttribute("disabled") != null,
                "the edit can be undone");

        new Actions(driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        waitFor(Waits.REACTION, d -> Playground.weightsJson().equals(before));
        assertFalse(Playground.weightsJson().contains("[[2.5,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js"})
    void theBiasAndTheOutputAreReachable(String engine) {
        Playground.openReady("/?engine=" + engine + NET);
        tabTo("network");
        waitFor(Waits.REACTION, d -> attr("network", "data-focus") != null);
        press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertEquals("output 1", attr("network", "data-focus"), "→ stops at the output");
        press("[");
        String bias = attr("network", "data-focus");
        assertTrue(bias.startsWith("bias of output 1: "), bias);
        press("]");
        assertEquals("output 1", attr("network", "data-focus"), "] after the bias is back on the neuron");
        press(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_DOWN);
        assertEquals("input X₂, on", attr("network", "data-focus"));
        press(Keys.ARROW_DOWN, Keys.ENTER);
        waitFor(Waits.REACTION, d -> Playground.hash().contains("xSquared=true"));
    }
}
