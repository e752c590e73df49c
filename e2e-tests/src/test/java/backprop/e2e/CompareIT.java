package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Compare mode: two copies of the network side by side, opened from the address and with the
 * Compare… button. With η 0.03 against 3 on the circle both curves are drawn and the sides' losses
 * part; with the same settings both sides stay bit-identical; the address reopens both sides; an
 * uploaded dataset is compared, and side B's dropout and η schedule act on its training.
 */
class CompareIT extends PageTestBase {
    private static final String CIRCLE = "dataset=circle&seed=compare-it&noise=10&learningRate=0.03";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compare() {
        return (Map<String, Object>) js("return window.playground.compare();");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> side(Map<String, Object> compare, String side) {
        return (Map<String, Object>) compare.get(side);
    }

    private static int epoch(String side) {
        return ((Number) side(compare(), side).get("epoch")).intValue();
    }

    private static void awaitCompare() {
        waitFor(Waits.LOAD, d -> Boolean.TRUE.equals(js(
                "return !!(window.playground && window.playground.compare && window.playground.build() === 'full'"
                        + " && window.playground.compare().active);")));
        js("return window.playground.ready.then(() => true);");
    }

    private static int chartPoints(String side) {
        String points = driver().findElement(By.id("compare-chart")).getDomAttribute("data-points-" + side);
        return points == null ? 0 : Integer.parseInt(points);
    }

    @Test
    void theAddressOpensBothSidesAndDifferentRatesPartTheirCurves() {
        Playground.openReady("/#" + CIRCLE + "&compare=true&compareB=learningRate:3");
        awaitCompare();
        assertTrue(driver().findElement(By.id("compare")).isDisplayed());
        assertFalse(driver().findElement(By.id("heatmap")).isDisplayed(), "the single run's plot gives way");
        WebElement rateB = driver().findElement(By.id("compare-learningRate"));
        assertEquals("3", new Select(rateB).getFirstSelectedOption().getDomAttribute("value"));
        assertTrue(rateB.getDomAttribute("class").contains("differs"), rateB.getDomAttribute("class"));
        assertTrue(compare().get("sameWeights").equals(Boolean.TRUE), "the same initial weights: " + compare());

        Playground.call("play");
        waitFor(Waits.TRAINING, d -> epoch("a") >= 60 && chartPoints("a") >= 5 && chartPoints("b") >= 5);
        Playground.call("pause");
        Map<String, Object> c = compare();
        assertEquals(epoch("a"), epoch("b"), "the sides train in lockstep: " + c);
        assertEquals(Boolean.FALSE, c.get("sameWeights"), c.toString());
        double lossA = Double.parseDouble((String) side(c, "a").get("trainLoss"));
        double lossB = Double.parseDouble((String) side(c, "b").get("trainLoss"));
        assertNotEquals(lossA, lossB, c.toString());
        assertTrue(lossA < 0.5, "η 0.03 learns the circle: " + c);

        for (int width : new int[] {1440, 375}) {
            driver().manage().window().setSize(new Dimension(width, 1000));
            Playground.call("step");
            waitFor(Waits.REACTION, d -> epoch("b") == epoch("a") && chartPoints("b") >= 5);
            screenshot("compare-" + width);
        }
        driver().manage().window().setSize(new Dimension(1280, 900));

        // The address carries both sides: reopened, it shows the same comparison.
        String hash = Playground.hash();
        assertTrue(hash.contains("compare=true") && hash.contains("compareB=learningRate:3"), hash);
        Playground.openReady("/" + hash);
        awaitCompare();
        assertEquals("learningRate:3", compare().get("compareB"));
        assertEquals(0, epoch("b"), "a reopened link starts both runs afresh");
        assertEquals("3", new Select(driver().findElement(By.id("compare-learningRate"))).getFirstSelectedOption()
                .getDomAttribute("value"));

        // So does a share link made in the page.
        driver().findElement(By.id("share")).click();
        driver().findElement(By.id("share-title")).sendKeys("η 0.03 against 3");
        driver().findElement(By.id("share-create")).click();
        WebElement link = driver().findElement(By.id("share-link"));
        waitFor(Waits.LOAD, d -> link.isDisplayed() || !d.findElement(By.id("share-error")).getText().isEmpty());
        assertEquals("", driver().findElement(By.id("share-error")).getText());
        String url = link.getDomProperty("value");
        assertTrue(url.startsWith(baseUrl() + "/p/"), url);
        open(url.substring(baseUrl().length()));
        awaitCompare();
        assertEquals("learningRate:3", compare().get("compareB"));
        assertTrue(severeConsoleErrors().isEmpty(), severeConsoleErrors().toString());
    }

    @Test
    void theSameSettingsStayBitIdenticalForAThousandEpochs() {
        Playground.openReady("/#" + CIRCLE + "&speed=0&compare=true");
        awaitCompare();
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> epoch("a") >= 1000);
        Playground.call("pause");
        Map<String, Object> c = compare();
        assertEquals(side(c, "a"), side(c, "b"), "epoch, losses and weights of both sides");
        assertEquals(Boolean.TRUE, c.get("sameWeights"), c.toString());
        assertTrue(((Number) side(c, "a").get("epoch")).intValue() >= 1000, c.toString());
    }

    @Test
    void anUploadedDatasetIsComparedAndSideBCanDropOutAndScheduleItsLearningRate() throws Exception {
        // 64 points in two classes, far from the plot's coordinates (the page rescales them).
        StringBuilder csv = new StringBuilder("a,b,label\n");
        int rows = 0;
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                csv.append(500 + i).append(',').append(j * 0.5).append(',').append(i + j < 7 ? "low" : "high").append('\n');
                rows++;
            }
        }
        Path file = Files.createDirectories(outputDir().resolve("uploads")).resolve("compare.csv");
        Files.writeString(file, csv.toString());
        Playground.openReady("/#seed=compare-upload&learningRate=0.03&lrEvery=2&lrGamma=0.5&speed=1");
        driver().findElement(By.id("upload-csv")).sendKeys(file.toAbsolutePath().toString());
        waitFor(Waits.LOAD, d -> Playground.state().contains("datasetId=") && "loaded".equals(Playground.status("dataset")));
        driver().findElement(By.id("compare-open")).click();
        awaitCompare();
        final int points = rows;
        waitFor(Waits.LOAD, d -> ((Number) side(compare(), "a").get("examples")).intValue() == points
                && ((Number) side(compare(), "b").get("examples")).intValue() == points);
        assertEquals("", driver().findElement(By.id("compare-note")).getText());

        new Select(driver().findElement(By.id("compare-dropout"))).selectByValue("0.5");
        waitFor(Waits.REACTION, d -> "dropout:0.5,0.5".equals(compare().get("compareB")));
        new Select(driver().findElement(By.id("compare-lrSchedule"))).selectByValue("step");
        waitFor(Waits.REACTION, d -> "dropout:0.5,0.5;lrSchedule:step".equals(compare().get("compareB")));
        for (String id : new String[] {"compare-dropout", "compare-lrSchedule"}) {
            assertTrue(driver().findElement(By.id(id)).getDomAttribute("class").contains("differs"), id);
        }
        String summaryB = driver().findElement(By.id("compare-b-settings")).getText();
        assertTrue(summaryB.contains("dropout 0.5") && summaryB.contains("η schedule step"), summaryB);
        assertEquals(Boolean.TRUE, compare().get("sameWeights"), "both sides start from the same weights");
        assertEquals(points, ((Number) side(compare(), "b").get("examples")).intValue(), "still the uploaded points");

        for (int step = 1; step <= 5; step++) {
            Playground.call("step");
            final int epoch = step;
            waitFor(Waits.REACTION, d -> epoch("b") == epoch);
        }
        Map<String, Object> c = compare();
        assertEquals(Boolean.FALSE, c.get("sameWeights"), "dropped neurons change side B's updates: " + c);
        assertEquals(0.03, ((Number) side(c, "a").get("learningRateNow")).doubleValue(), 0.0, c.toString());
        // step: η·γ^⌊epoch/every⌋ = 0.03·0.5^⌊5/2⌋
        assertEquals(0.0075, ((Number) side(c, "b").get("learningRateNow")).doubleValue(), 1e-15, c.toString());
        screenshot("compare-upload-dropout-schedule");

        // The address reopens both sides on the uploaded points.
        Playground.openReady("/" + Playground.hash());
        awaitCompare();
        waitFor(Waits.LOAD, d -> ((Number) side(compare(), "b").get("examples")).intValue() == points);
        assertEquals("dropout:0.5,0.5;lrSchedule:step", compare().get("compareB"));
        assertEquals("0.5", new Select(driver().findElement(By.id("compare-dropout"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        assertTrue(severeConsoleErrors().isEmpty(), severeConsoleErrors().toString());
    }

    @Test
    void theButtonOpensCompareModeAndSideBsControlsWriteTheAddress() {
        Playground.openReady("/#" + CIRCLE);
        assertEquals("playground", js("return window.playground.build();"));
        driver().findElement(By.id("compare-open")).click();
        awaitCompare();
        assertEquals("", compare().get("compareB"));

        new Select(driver().findElement(By.id("compare-learningRate"))).selectByValue("3");
        waitFor(Waits.REACTION, d -> Playground.hash().contains("compareB=learningRate:3"));
        WebElement layers = driver().findElement(By.id("compare-layers"));
        layers.clear();
        layers.sendKeys("6,3\n");
        waitFor(Waits.REACTION, d -> "learningRate:3;networkShape:6,3".equals(compare().get("compareB")));
        // a value out of bounds is clamped with the address's own message
        WebElement batch = driver().findElement(By.id("compare-batchSize"));
        batch.clear();
        batch.sendKeys("5000\n");
        waitFor(Waits.REACTION, d -> driver().findElement(By.id("compare-error")).getText().contains("1000"));
        waitFor(Waits.REACTION, d -> ((String) compare().get("compareB")).contains("batchSize:1000"));

        driver().findElement(By.id("compare-leave")).click();
        waitFor(Waits.REACTION, d -> Boolean.FALSE.equals(compare().get("active")));
        assertFalse(driver().findElement(By.id("compare")).isDisplayed());
        assertTrue(driver().findElement(By.id("heatmap")).isDisplayed());
        assertTrue(severeConsoleErrors().isEmpty(), severeConsoleErrors().toString());
    }
}
