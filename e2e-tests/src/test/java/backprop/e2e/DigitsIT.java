package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Handwritten digits in the page: choose digits, train, read the accuracy and the confusion matrix, list a
 * cell's digits, draw a digit and see it classified and explained; a file that cannot be
 * downloaded or read gives a clear message instead of a hang.
 */
class DigitsIT extends PageTestBase {
    private static final int TEST_DIGITS = 2000;

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void trainsPastEightyPercentAndTheConfusionMatrixAddsUpToTheTestSet(String engine) {
        Digits.openReady(engine, "digits=digit&digitLayers=32&activation=relu&learningRate=0.03");
        assertEquals("784-32-10", Digits.status("shape"));
        waitFor(Waits.LOAD, d -> Digits.accuracy() >= 0);
        double untrained = Digits.accuracy();
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Digits.accuracy() > 0.8);
        Playground.call("pause");
        assertTrue(untrained < 0.5, "an untrained network guesses: " + untrained);
        // Paused, the page finishes evaluating the final weights; then nothing changes any more.
        waitFor(Waits.LOAD, d -> Digits.status("examples").equals(Digits.status("evaluated-at")));

        List<WebElement> cells = Digits.confusionCells();
        assertEquals(100, cells.size());
        int sum = 0;
        int diagonal = 0;
        WebElement mistakeCell = null;
        for (WebElement cell : cells) {
            int n = Digits.count(cell);
            sum += n;
            boolean onDiagonal = cell.getDomAttribute("data-actual").equals(cell.getDomAttribute("data-predicted"));
            diagonal += onDiagonal ? n : 0;
            if (!onDiagonal && n > 0 && (mistakeCell == null || n > Digits.count(mistakeCell))) {
                mistakeCell = cell;
            }
        }
        assertEquals(TEST_DIGITS, sum, "every test digit is in exactly one cell");
        assertEquals(Digits.accuracy(), diagonal / (double) TEST_DIGITS, 1e-9, "accuracy is the diagonal's share");
        int[][] m = Digits.confusionMatrix(10);
        String[] perClass = Digits.status("per-class").split(",", -1);
        assertEquals(10, perClass.length, Digits.status("per-class"));
        for (int digit = 0; digit < 10; digit++) {
            int row = 0;
            for (int p = 0; p < 10; p++) {
                row += m[digit][p];
            }
            assertEquals(m[digit][digit] / (double) row, Double.parseDouble(perClass[digit]), 1e-12, "accuracy on the " + digit + "s");
        }
        assertEquals(10, driver().findElements(By.cssSelector("#digits-per-class li[data-class]")).size());

        int inCell = Digits.count(mistakeCell);
        String actual = mistakeCell.getDomAttribute("data-actual");
        String predicted = mistakeCell.getDomAttribute("data-predicted");
        mistakeCell.click();
        WebElement gallery = driver().findElement(By.id("digit-gallery"));
        waitFor(Waits.REACTION, d -> String.valueOf(inCell).equals(gallery.getDomAttribute("data-total")));
        assertEquals(Math.min(48, inCell), (int) Waits.written(gallery.getDomAttribute("data-count"), "the gallery's count"));
        String title = driver().findElement(By.id("gallery-title")).getText();
        assertTrue(title.contains("a " + actual) && title.contains("predicted a " + predicted), title);
        screenshot("digits-trained-" + engine);
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void isItAFiveShowsTheAlwaysNotFiveBaselineAndTheShareOfFivesFound() {
        Digits.openReady("js", "digits=five&digitLayers=16&activation=relu&learningRate=0.03");
        waitFor(Waits.LOAD, d -> Digits.accuracy() >= 0);
        int[][] untrained = Digits.confusionMatrix(2);
        int notFives = untrained[0][0] + untrained[0][1];
        double baseline = Waits.written(Digits.status("baseline"), "the baseline");
        assertEquals(notFives / (double) TEST_DIGITS, baseline, 1e-12, "the share of digits that are not 5s");
        assertTrue(baseline > 0.85 && baseline < 0.95, "about nine in ten digits are not 5s: " + baseline);
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Digits.accuracy() > baseline + 0.03);
        Playground.call("pause");
        waitFor(Waits.LOAD, d -> Digits.status("examples").equals(Digits.status("evaluated-at")));
        int[][] m = Digits.confusionMatrix(2);
        double recall = Waits.written(Digits.status("five-recall"), "the share of 5s found");
        assertEquals(m[1][1] / (double) (m[1][0] + m[1][1]), recall, 1e-12);
        assertEquals(baseline, Double.parseDouble(Digits.status("baseline")), 0.0, "the baseline does not depend on training");
        String text = driver().findElement(By.id("digits-baseline")).getText();
        assertTrue(text.contains("Always answering \"not a 5\" would get " + percent(baseline) + " right"), text);
        assertTrue(text.contains("of the " + (TEST_DIGITS - notFives) + " 5s, the network finds " + percent(recall)), text);
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        screenshot("digits-is-it-a-five-1440");
        assertEquals(List.of(), severeConsoleErrors());
    }

    /** A fraction in [0, 1] as the page writes a percentage ("90.4 %": tenths rounded half up). */
    private static String percent(double fraction) {
        long tenths = (long) Math.floor(100 * fraction * 10 + 0.5);
        return tenths / 10 + "." + tenths % 10 + " %";
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aDrawnStrokeIsClassifiedAndExplained(String engine) {
        Digits.openReady(engine, "digits=digit&digitLayers=16&activation=relu&learningRate=0.03");
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Digits.accuracy() > 0.5);
        WebElement pad = driver().findElement(By.id("draw-pad"));
        WebElement prediction = driver().findElement(By.id("draw-prediction"));
        assertEquals("", prediction.getText(), "nothing drawn, nothing predicted");
        drawASeven(pad);
        waitFor(Waits.REACTION, d -> !prediction.getText().isEmpty());
        double[] p = Digits.bars("draw-bars");
        assertEquals(10, p.length);
        double sum = 0;
        for (double v : p) {
            assertTrue(v >= 0 && v <= 1, "a probability: " + v);
            sum += v;
        }
        assertEquals(1, sum, 1e-6, "softmax outputs sum to 1");
        assertTrue(prediction.getText().matches("a [0-9] \\([0-9]+ %\\)"), prediction.getText());

        driver().findElement(By.id("explain-digit")).click();
        WebElement explain = driver().findElement(By.id("digit-explain"));
        waitFor(Waits.REACTION, d -> explain.isDisplayed() && Waits.number(explain.getDomAttribute("data-loss")).isPresent());
        double loss = Waits.number(explain.getDomAttribute("data-loss")).getAsDouble();
        assertTrue(loss >= 0 && Double.isFinite(loss), "loss " + loss);
        assertTrue(driver().findElement(By.id("digit-explain-summary")).getText().contains("∂L/∂w"));
        Playground.call("pause");
        screenshot("digits-drawn-" + engine);

        driver().findElement(By.id("draw-clear")).click();
        waitFor(Waits.REACTION, d -> prediction.getText().isEmpty());
        assertFalse(explain.isDisplayed(), "clearing the pad closes the explanation");
        assertEquals(List.of(), severeConsoleErrors());
    }

    /** A 7: a stroke across the top, then down to the lower left, with the pointer held down. */
    private static void drawASeven(WebElement pad) {
        @SuppressWarnings("unchecked")
        List<Number> corner = (List<Number>) js("arguments[0].scrollIntoView({block: 'center'});"
                + " const r = arguments[0].getBoundingClientRect(); return [r.left, r.top];", pad);
        int x = corner.get(0).intValue();
        int y = corner.get(1).intValue();
        Actions a = new Actions(driver()).moveToLocation(x + 55, y + 40).clickAndHold();
        for (int i = 1; i <= 8; i++) {
            a.moveToLocation(x + 55 + i * 11, y + 40);
        }
        for (int i = 1; i <= 10; i++) {
            a.moveToLocation(x + 143 - i * 6, y + 40 + i * 12);
        }
        a.release().perform();
    }

    @Test
    void theAddressCarriesTheDigitsSettingsAndTheDatasetPickerEntersDigits() {
        Digits.openReady("wasm", "digits=five&digitSide=14&digitLayers=16");
        assertEquals("196-16-1", Digits.status("shape"));
        assertEquals("five", Digits.status("task"));
        assertEquals(2, Digits.bars("digit-outputs").length, "P(5) and P(not 5)");
        driver().findElement(By.id("digits-task-digit")).click();
        waitFor(Waits.LOAD, d -> "196-16-10".equals(Digits.status("shape")));
        WebElement layers = driver().findElement(By.id("digitLayers"));
        layers.clear();
        layers.sendKeys("64,200\n");
        waitFor(Waits.LOAD, d -> "196-64-128-10".equals(Digits.status("shape")));
        assertTrue(driver().findElement(By.id("digitLayers-error")).getText().contains("1 to 128"),
                "the clamped layer is named");
        String hash = Playground.hash();
        assertTrue(hash.contains("digits=digit") && hash.contains("digitSide=14") && hash.contains("digitLayers=64,128"),
                hash);

        driver().findElement(By.id("digits-leave")).click();
        waitFor(Waits.REACTION, d -> !Playground.hash().contains("digits="));
        assertFalse(driver().findElement(By.id("digits")).isDisplayed());
        assertTrue(driver().findElement(By.id("heatmap")).isDisplayed(), "the 2-D playground is back");

        driver().findElement(By.id("dataset-digits")).click();
        waitFor(Waits.REACTION, d -> Playground.hash().contains("digits=digit"));
        waitFor(Waits.LOAD, d -> "ready".equals(Digits.status("state")));
        assertTrue(driver().findElement(By.id("digits")).isDisplayed());
        assertFalse(driver().findElement(By.id("heatmap")).isDisplayed(), "the 2-D columns hide");
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void aBlockedDigitsFileGivesAClearMessageNotAHang() {
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/data/mnist-10k*")));
        try {
            Playground.openReady("/?engine=js#digits=digit");
            waitFor(Waits.LOAD, d -> "error".equals(Digits.status("state")));
            WebElement error = driver().findElement(By.id("digits-error"));
            assertTrue(error.isDisplayed());
            assertTrue(error.getText().contains("could not be downloaded"), error.getText());
            screenshot("digits-blocked");
        } finally {
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        driver().findElement(By.id("digits-retry")).click();
        waitFor(Waits.TRAINING, d -> "ready".equals(Digits.status("state")));
        assertFalse(driver().findElement(By.id("digits-error")).isDisplayed(), "trying again after the block works");
    }

    /** The file arrives, but cut in half or with bytes flipped (the page's fetch is wrapped before it loads). */
    @ParameterizedTest
    @ValueSource(strings = {"truncated", "corrupt"})
    void aDamagedDigitsFileGivesAClearMessage(String damage) {
        ChromeDriver chrome = (ChromeDriver) driver();
        String script = "(() => { const real = window.fetch.bind(window);"
                + " window.fetch = async (input, init) => {"
                + "   const r = await real(input, init);"
                + "   const url = typeof input === 'string' ? input : input.url;"
                + "   if (!url.includes('/data/mnist-10k')) { return r; }"
                + "   const bytes = new Uint8Array(await r.arrayBuffer());"
                + "   let out;"
                + "   if ('" + damage + "' === 'truncated') { out = bytes.slice(0, bytes.length >> 1); }"
                + "   else { out = bytes.slice(); for (let i = 100000; i < 100400; i++) { out[i] ^= 0x5a; } }"
                + "   return new Response(out, {status: 200});"
                + " }; })();";
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) chrome.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        try {
            Playground.openReady("/?engine=wasm#digits=digit");
            waitFor(Waits.LOAD, d -> "error".equals(Digits.status("state")));
            WebElement error = driver().findElement(By.id("digits-error"));
            assertTrue(error.isDisplayed());
            String text = error.getText();
            assertTrue(text.contains("The digits file is " + damage) || (damage.equals("corrupt")
                    && text.contains("The digits file is ")), text);
            screenshot("digits-" + damage);
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }
}
