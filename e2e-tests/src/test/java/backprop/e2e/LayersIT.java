package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.train.Experiment;
import backprop.engine.train.Trace;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An activation per layer and dropout, set through the layer editor's own selects: the network
 * trains with them, the link carries them, a page opened from the link shows them again; and
 * the step-through shows the dropout mask and the 1/(1 − p) factor of the explained example,
 * the numbers the engine computes.
 */
class LayersIT extends PageTestBase {
    private static final String PRESET = "seed=0.5&networkShape=4,3&activation=tanh&dataset=circle&speed=0";

    private static Select select(String id) {
        return new Select(driver().findElement(By.id(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void perLayerActivationAndDropoutTrainAndTravelInTheLink(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + PRESET);
        select("layer-1-activation").selectByVisibleText("ReLU");
        waitFor(Waits.REACTION, d -> Playground.state().contains("layerActivations=,relu"));
        select("layer-0-dropout").selectByValue("0.3");
        waitFor(Waits.REACTION, d -> Playground.state().contains("dropout=0.3"));
        select("output-activation").selectByVisibleText("Sigmoid");
        waitFor(Waits.REACTION, d -> Playground.state().contains("outputActivation=sigmoid"));
        assertTrue(Playground.state().contains("activation=tanh"), "the global activation stays: " + Playground.state());

        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Playground.epoch() >= 30);
        Playground.call("pause");
        double loss = Playground.trainLoss();
        assertTrue(loss > 0 && loss < 1, "it learns with dropout: train loss " + loss);
        screenshot("layers-" + engine);

        String link = Playground.state();
        Playground.openReady("/?engine=" + engine + "#" + link);
        assertEquals("relu", select("layer-1-activation").getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("", select("layer-0-activation").getFirstSelectedOption().getDomAttribute("value"),
                "layer 1 follows the global activation");
        assertEquals("0.3", select("layer-0-dropout").getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("0", select("layer-1-dropout").getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("sigmoid", select("output-activation").getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(link, Playground.state());

        // The global control sets all layers again.
        select("activation").selectByVisibleText("Sigmoid");
        waitFor(Waits.REACTION, d -> Playground.state().contains("activation=sigmoid"));
        assertTrue(!Playground.state().contains("layerActivations"), Playground.state());
        assertEquals("", select("layer-1-activation").getFirstSelectedOption().getDomAttribute("value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theStepThroughShowsTheMaskAndTheScaling(String engine) {
        String hash = PRESET + "&dropout=0.5&explain=train:7";
        StepThrough.openExplained(engine, hash);
        Experiment jvm = StepThrough.jvm(hash);
        Trace trace = jvm.trainer().trace(false, 7);
        double[] mask = trace.dropoutMask(0);
        StringBuilder expected = new StringBuilder();
        for (double m : mask) {
            expected.append(m == 0 ? '✕' : '●');
        }
        waitFor(Waits.REACTION, d -> !d.findElements(By.cssSelector("#explain .explain-mask")).isEmpty());
        assertEquals(expected.toString(), driver().findElement(By.cssSelector("#explain .explain-mask")).getText(),
                "the mask of the explained example, as the engine draws it");
        assertTrue(driver().findElement(By.cssSelector("#explain .explain-dropout")).getText().contains("scaled by 1/(1 − p)"),
                driver().findElement(By.cssSelector("#explain .explain-dropout")).getText());
        Map<String, String[]> shown = StepThrough.numbers();
        for (int j = 0; j < mask.length; j++) {
            StepThrough.check(shown, "explain-a-1-" + j, trace.outputs(0)[j]);
        }
        screenshot("layers-explain-" + engine);
    }
}
