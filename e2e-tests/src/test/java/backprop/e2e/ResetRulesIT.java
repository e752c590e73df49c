package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Which changes start over: as in TensorFlow Playground, the learning rate no and
 * the data yes; ours: optimizer and loss no, initialisation yes; and unlike it,
 * shape and activation no (the network is reshaped and keeps learning, see
 * LiveReshapeIT, unless startOver=true asks for TensorFlow Playground's reset).
 */
class ResetRulesIT extends PageTestBase {
    private static final String START = "#seed=0.11&dataset=circle&networkShape=4,2";

    private void trainSome() {
        Playground.call("play");
        waitFor(Waits.LOAD, d -> Playground.epoch() >= 30);
        Playground.call("pause");
    }

    /** Chooses in a select of the top bar, opening "More" first for those it holds (optimizer, loss, initial weights). */
    private static void choose(String id, String visibleText) {
        WebElement select = driver().findElement(By.id(id));
        if (!select.isDisplayed()) {
            driver().findElement(By.id("more")).click();
        }
        new Select(select).selectByVisibleText(visibleText);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void learningRateOptimizerAndLossKeepTraining(String engine) {
        Playground.openReady("/?engine=" + engine + START);
        trainSome();
        int epoch = Playground.epoch();
        String weights = Playground.weights();
        choose("learningRate", "0.1");
        choose("optimizer", "Adam");
        choose("loss", "Cross-entropy");
        assertEquals(epoch, Playground.epoch());
        assertEquals(weights, Playground.weights(), "the weights are kept");
        assertTrue(Playground.state().contains("optimizer=adam") && Playground.state().contains("loss=crossEntropy"));
        Playground.call("play");
        waitFor(Waits.LOAD, d -> Playground.epoch() > epoch + 20);
        Playground.call("pause");
        assertTrue(Playground.trainLoss() < 0.6, "cross-entropy keeps learning: " + Playground.trainLoss());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void dataAndInitialisationStartOverShapeAndActivationDoNot(String engine) {
        Playground.openReady("/?engine=" + engine + START);
        String[][] changes = {{"init", "He"}, {"regularization", "L2"}};
        for (String[] change : changes) {
            trainSome();
            choose(change[0], change[1]);
            assertEquals(0, Playground.epoch(), change[0] + " starts over");
        }
        trainSome();
        int epoch = Playground.epoch();
        choose("activation", "ReLU");
        driver().findElement(By.id("add-layer")).click();
        assertEquals(epoch, Playground.epoch(), "activation and shape keep learning");
        trainSome();
        driver().findElement(By.id("dataset-xor")).click();
        assertEquals(0, Playground.epoch(), "data starts over");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void speedOneTrainsOneEpochPerFrame(String engine) {
        Playground.openReady("/?engine=" + engine + START + "&speed=1");
        assertEquals("1", driver().findElement(By.id("speed")).getDomProperty("value"));
        Object counts = js("return new Promise(done => {"
                + " window.playground.play(); const e0 = window.playground.epoch(); let frames = 0;"
                + " const t0 = performance.now();"
                + " function tick() { frames++; if (performance.now() - t0 < 1000) requestAnimationFrame(tick);"
                + " else { window.playground.pause(); done([frames, window.playground.epoch() - e0]); } }"
                + " requestAnimationFrame(tick); });");
        java.util.List<?> list = (java.util.List<?>) counts;
        long frames = ((Number) list.get(0)).longValue();
        long epochs = ((Number) list.get(1)).longValue();
        assertTrue(epochs >= 5 && epochs <= frames + 2, "epochs " + epochs + " in " + frames + " frames");
    }
}
