package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Divergence, bad links and bad files: a plain message, and nothing else changes. */
class RobustnessIT extends PageTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void divergencePausesAndSaysSoWithAResetAction(String engine) {
        Playground.openReady("/?engine=" + engine
                + "#seed=0.1&problem=regression&regDataset=reg-plane&activation=relu&learningRate=10&networkShape=8,8,8&speed=0");
        Playground.call("play");
        waitFor(Waits.LOAD, d -> "true".equals(Playground.status("diverged")));
        assertEquals("false", Playground.status("playing"));
        WebElement notice = driver().findElement(By.id("notice"));
        assertTrue(notice.isDisplayed() && notice.getText().contains("Training diverged"), notice.getText());
        assertFalse(Playground.status("train-loss").contains("NaN"), Playground.status("train-loss"));
        assertFalse(driver().findElement(By.id("train-loss")).getText().contains("NaN"));
        screenshot("diverged-" + engine);
        driver().findElement(By.id("divergence-reset")).click();
        assertEquals(0, Playground.epoch());
        assertEquals("false", Playground.status("diverged"));
    }

    @Test
    void anUnknownDatasetInTheLinkIsNamedAndTheDefaultUsed() {
        Playground.openReady("/#seed=1&dataset=mandelbrot&noise=-3&networkShape=99,-1");
        String text = driver().findElement(By.id("notice")).getText();
        assertTrue(text.contains("dataset") && text.contains("mandelbrot"), text);
        assertTrue(text.contains("noise") && text.contains("networkShape"), text);
        assertEquals("true", driver().findElement(By.id("dataset-circle")).getDomAttribute("aria-checked"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void weightsGoOutAsJsonAndComeBackIn(String engine) throws IOException {
        Playground.openReady("/?engine=" + engine + "#seed=0.6&networkShape=3");
        String json = Playground.weightsJson();
        String snapshot = Playground.weights();
        Path file = Files.createTempFile("weights", ".json");
        Files.writeString(file, json);
        Playground.call("play");
        waitFor(Waits.LOAD, d -> Playground.epoch() > 50);
        Playground.call("pause");
        assertFalse(snapshot.equals(Playground.weights()));
        driver().findElement(By.id("import-weights")).sendKeys(file.toString());
        waitFor(Waits.REACTION, d -> snapshot.equals(Playground.weights()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aWeightsFileOfTheWrongShapeOrNotJsonChangesNothing(String engine) throws IOException {
        Playground.openReady("/?engine=" + engine + "#seed=0.6&networkShape=3");
        String snapshot = Playground.weights();
        Path wrongShape = Files.createTempFile("wrong", ".json");
        Files.writeString(wrongShape, "{\"shape\":[2,1],\"layers\":[{\"weights\":[[1,2]],\"biases\":[0]}]}");
        driver().findElement(By.id("import-weights")).sendKeys(wrongShape.toString());
        WebElement notice = driver().findElement(By.id("notice"));
        waitFor(Waits.REACTION, d -> notice.getText().contains("shape 2,1"));
        assertTrue(notice.getText().contains("2,3,1"), notice.getText());
        assertEquals(snapshot, Playground.weights());
        Path notJson = Files.createTempFile("garbage", ".json");
        Files.writeString(notJson, "weights: lots");
        driver().findElement(By.id("import-weights")).sendKeys(notJson.toString());
        waitFor(Waits.REACTION, d -> notice.getText().contains("not JSON"));
        assertEquals(snapshot, Playground.weights());
        Path nan = Files.createTempFile("nan", ".json");
        Files.writeString(nan, Playground.weightsJson().replaceFirst("\\[\\[[-0-9.e]+", "[[\"x\""));
        driver().findElement(By.id("import-weights")).sendKeys(nan.toString());
        waitFor(Waits.REACTION, d -> notice.getText().contains("not a finite number"));
        assertEquals(snapshot, Playground.weights());
        screenshot("bad-weights-file-" + engine);
    }
}
