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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Layers, neurons, features and the activation change while the network
 * learns: the epoch goes on, the loss chart marks each change, the network
 * keeps learning, and undo gives back the exact weights.
 */
class LiveReshapeIT extends PageTestBase {
    private static final String SPIRAL =
            "#dataset=spiral&networkShape=6,6&activation=tanh&learningRate=0.03&seed=0.31&speed=0";

    private static void addNeuronToFirstLayer() {
        driver().findElement(By.cssSelector("[data-layer='0'] button:last-of-type")).click();
    }

    /** The changes marked on the loss chart; -1 while the chart has not been drawn yet. */
    private static int markers() {
        return (int) Playground.statusNumber("markers").orElse(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void addingANeuronAndALayerWhileTrainingKeepsTheEpochAndKeepsLearning(String engine) {
        Playground.openReady("/?engine=" + engine + SPIRAL);
        driver().findElement(By.id("play")).click();
        waitFor(Waits.LOAD, d -> Playground.epoch() >= 60);
        int atChange = Playground.epoch();
        double lossAtChange = Playground.trainLoss();

        addNeuronToFirstLayer();
        int afterNeuron = Playground.epoch();
        assertTrue(afterNeuron >= atChange, "the epoch goes on: " + atChange + " → " + afterNeuron);
        waitFor(Waits.REACTION, d -> Playground.epoch() > afterNeuron + 5);
        driver().findElement(By.id("add-layer")).click();
        int afterLayer = Playground.epoch();
        assertTrue(afterLayer > afterNeuron, "the epoch goes on: " + afterNeuron + " → " + afterLayer);
        assertEquals(Boolean.TRUE, js("return window.playground.playing();"), "training never stopped");
        assertTrue(Playground.state().contains("networkShape=7,6,6&"), Playground.state());
        waitFor(Waits.REACTION, d -> markers() == 2);
        assertTrue(driver().findElement(By.id("reshape-note")).getText().contains("loss may jump"),
                "tanh cannot pass values through a new layer unchanged, and the page says so");

        waitFor(Waits.TRAINING, d -> Playground.epoch() > afterLayer + 200
                && Playground.trainLoss() < 0.9 * lossAtChange);
        assertTrue(Playground.epoch() > afterLayer, "never back to 0");
        screenshot("live-reshape-" + engine);
        Playground.call("pause");
        assertEquals(2, markers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void undoRestoresTheExactWeights(String engine) {
        Playground.openReady("/?engine=" + engine + SPIRAL);
        for (int i = 0; i < 5; i++) {
            Playground.call("step");
        }
        String before = Playground.weights();
        String hashBefore = Playground.state();
        int epoch = Playground.epoch();

        addNeuronToFirstLayer();
        assertNotEquals(before, Playground.weights());
        Playground.call("step");
        Playground.call("step");
        assertEquals(epoch + 2, Playground.epoch());
        WebElement undo = driver().findElement(By.id("undo"));
        assertTrue(undo.isEnabled());
        new Actions(driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        assertEquals(before, Playground.weights(), "Ctrl+Z restores every weight and bias bit for bit");
        assertEquals(epoch, Playground.epoch());
        assertEquals(hashBefore, Playground.state());
        waitFor(Waits.REACTION, d -> markers() == 0);

        driver().findElement(By.id("feature-xSquared")).click();
        new Select(driver().findElement(By.id("activation"))).selectByVisibleText("ReLU");
        waitFor(Waits.REACTION, d -> markers() == 2);
        assertTrue(Playground.state().contains("activation=relu"));
        driver().findElement(By.id("undo")).click();
        driver().findElement(By.id("undo")).click();
        assertEquals(before, Playground.weights(), "the undo button restores them too");
        assertEquals(hashBefore, Playground.state());
        waitFor(Waits.REACTION, d -> !d.findElement(By.id("undo")).isEnabled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void startOverGivesTensorFlowPlaygroundsReset(String engine) {
        Playground.openReady("/?engine=" + engine + SPIRAL + "&startOver=true");
        assertTrue(driver().findElement(By.id("startOver")).isSelected());
        Playground.call("play");
        waitFor(Waits.LOAD, d -> Playground.epoch() >= 30);
        Playground.call("pause");
        driver().findElement(By.id("add-layer")).click();
        assertEquals(0, Playground.epoch(), "a shape change starts over");
        assertEquals(0, markers());
        assertFalse(driver().findElement(By.id("undo")).isEnabled());

        driver().findElement(By.id("startOver")).click();
        assertFalse(Playground.state().contains("startOver"), "the default is not written");
        Playground.call("step");
        addNeuronToFirstLayer();
        assertEquals(1, Playground.epoch(), "the default keeps learning");
    }
}
