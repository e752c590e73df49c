package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Play, step and reset do what they say, in both engines. */
class TrainingIT extends PageTestBase {
    private static final String CIRCLE = "#dataset=circle&seed=0.25&learningRate=0.03&networkShape=4,2&activation=tanh&speed=0";

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void playTrainsTheCircleBelowLossPoint05(String engine) {
        Playground.openReady("/?engine=" + engine + CIRCLE);
        double before = Playground.trainLoss();
        assertTrue(before > 0.2, "an untrained network does not fit the circle: " + before);
        driver().findElement(By.id("play")).click();
        double after = Playground.waitForTrainLossBelow(0.05);
        assertTrue(Playground.epoch() > 0);
        waitFor(Waits.REACTION, d -> Playground.statusNumberIs("train-loss", loss -> loss < 0.2));
        assertEquals("true", driver().findElement(By.id("play")).getDomAttribute("aria-pressed"));
        screenshot("trained-circle-" + engine);
        Playground.call("pause");
        assertTrue(after < 0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void stepAdvancesExactlyOneEpoch(String engine) {
        Playground.openReady("/?engine=" + engine + CIRCLE);
        assertEquals(0, Playground.epoch());
        driver().findElement(By.id("step")).click();
        assertEquals(1, Playground.epoch());
        Playground.call("step");
        assertEquals(2, Playground.epoch());
        waitFor(Waits.REACTION, d -> "002".equals(last3(d.findElement(By.id("epoch")).getText())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void resetRestoresEpochZeroAndTheSameWeights(String engine) {
        Playground.openReady("/?engine=" + engine + CIRCLE);
        String initial = Playground.weights();
        Playground.call("play");
        waitFor(Waits.LOAD, d -> Playground.epoch() > 20);
        Playground.call("pause");
        assertNotEquals(initial, Playground.weights(), "training changed the weights");
        driver().findElement(By.id("reset")).click();
        assertEquals(0, Playground.epoch());
        assertEquals(initial, Playground.weights());
        // The same seed in a fresh page gives the same start too.
        Playground.openReady("/?engine=" + engine + CIRCLE);
        assertEquals(initial, Playground.weights());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aNewSeedGivesNewWeightsAndWritesTheSeed(String engine) {
        Playground.openReady("/?engine=" + engine + CIRCLE);
        String initial = Playground.weights();
        driver().findElement(By.id("new-seed")).click();
        assertNotEquals(initial, Playground.weights());
        assertTrue(!Playground.state().contains("seed=0.25&") && Playground.hash().contains("seed=0."),
                Playground.state());
        assertEquals(0, Playground.epoch());
    }

    private static String last3(String text) {
        return text.substring(text.length() - 3);
    }
}
