package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The address holds the state: written on every change, read on load, applied live when pasted. */
class UrlStateIT extends PageTestBase {
    /** A share link's hash exactly as TensorFlow Playground writes it. */
    private static final String TF_PLAYGROUND_HASH = "#activation=relu&batchSize=5&dataset=xor&regDataset=reg-plane"
            + "&learningRate=0.1&regularizationRate=0.001&noise=15&networkShape=3,3&seed=0.12345&showTestData=true"
            + "&discretize=true&percTrainData=70&x=true&y=true&xTimesY=true&xSquared=false&ySquared=false"
            + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
            + "&initZero=false&hideText=false&regularization=L2";

    @Test
    void aLearningRateChangeShowsInTheHash() {
        Playground.openReady("/#seed=1");
        new Select(driver().findElement(By.id("learningRate"))).selectByVisibleText("0.3");
        waitFor(Waits.REACTION, d -> Playground.hash().contains("learningRate=0.3&"));
        assertTrue(Playground.state().contains("learningRate=0.3&"));
    }

    @Test
    void aTensorFlowPlaygroundLinkOpensWithItsSettings() {
        Playground.openReady("/" + TF_PLAYGROUND_HASH);
        assertEquals("relu", value("activation"));
        assertEquals(String.valueOf(0.1), value("learningRate"));
        assertEquals("L2", value("regularization"));
        assertEquals(String.valueOf(0.001), value("regularizationRate"));
        assertEquals("classification", value("problem"));
        assertEquals("15", value("noise"));
        assertEquals("70", value("percTrainData"));
        assertEquals("5", value("batchSize"));
        assertEquals("true", attr("dataset-xor", "aria-checked"));
        assertEquals("false", attr("dataset-circle", "aria-checked"));
        assertEquals("true", attr("feature-xTimesY", "aria-pressed"));
        assertEquals("false", attr("feature-sinX", "aria-pressed"));
        assertEquals("2", driver().findElement(By.id("layer-count")).getText());
        assertEquals("3", driver().findElement(By.id("layer-0-neurons")).getText());
        assertTrue(driver().findElement(By.id("showTestData")).isSelected());
        assertTrue(driver().findElement(By.id("discretize")).isSelected());
        assertTrue(Playground.state().contains("seed=0.12345"), Playground.state());
        assertTrue(driver().findElement(By.id("notice")).getDomAttribute("hidden") != null,
                "a valid link raises no notice");
        screenshot("tf-playground-link");
    }

    @Test
    void aPastedHashAppliesLiveWithoutAReload() {
        Playground.openReady("/#seed=2&learningRate=0.03");
        js("window.__sameDocument = true;");
        js("location.hash = arguments[0];", "#seed=2&learningRate=1&dataset=spiral&networkShape=5");
        waitFor(Waits.REACTION, d -> "1".equals(value("learningRate").replace(".0", "")));
        assertEquals(Boolean.TRUE, js("return window.__sameDocument === true;"));
        assertEquals("true", attr("dataset-spiral", "aria-checked"));
        assertEquals("1", driver().findElement(By.id("layer-count")).getText());
        assertEquals("5", driver().findElement(By.id("layer-0-neurons")).getText());
        assertTrue(Playground.state().contains("dataset=spiral"));
    }

    @Test
    void aHashThatCannotBeReadOpensWithDefaultsAndNamesTheBadKeys() {
        Playground.openReady("/#seed=3&learningRate=fast&networkShape=4,x&noise=-5&activation=tanh");
        WebElement notice = driver().findElement(By.id("notice"));
        assertTrue(notice.isDisplayed());
        String text = notice.getText();
        assertTrue(text.contains("learningRate"), text);
        assertTrue(text.contains("networkShape"), text);
        assertTrue(text.contains("noise"), text);
        assertEquals(String.valueOf(0.03), value("learningRate"));
        assertEquals("0", value("noise"));
        assertEquals("tanh", value("activation"));
        assertTrue(Playground.epoch() == 0 && Playground.trainLoss() > 0);
        screenshot("bad-hash-notice");
    }

    private static String value(String id) {
        return driver().findElement(By.id(id)).getDomProperty("value");
    }

    private static String attr(String id, String name) {
        return driver().findElement(By.id(id)).getDomAttribute(name);
    }
}
