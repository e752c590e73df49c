package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A first visit at every width: a pace you can watch, a calm top bar with the rest under "More",
 * the output plot on the first screen of a phone or a tablet with the play bar kept in view, and the
 * small things a keyboard user meets first (Esc, dismissing a notice, arrows on the dataset tiles).
 */
class LayoutIT extends PageTestBase {
    private static final String[] BAR = {"reset", "play", "step", "undo", "new-seed", "epoch", "learningRate",
        "activation", "regularization", "regularizationRate", "problem", "more", "share"};
    private static final String[] UNDER_MORE = {"optimizer", "loss", "init", "speed"};

    @AfterEach
    void restoreSize() {
        driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private static boolean shown(String id) {
        return driver().findElement(By.id(id)).isDisplayed();
    }

    /** Whether the page's state holds {@code keyAndValue} ("dataset=xor") as one whole setting. */
    private static boolean hasSetting(String keyAndValue) {
        return ("&" + Playground.state() + "&").contains("&" + keyAndValue + "&");
    }

    private static double number(String script) {
        return ((Number) js(script)).doubleValue();
    }

    @Test
    void theDefaultPaceCanBeWatched() {
        Playground.openReady("/#seed=0.3");
        assertEquals("1", driver().findElement(By.id("speed")).getDomProperty("value"), "one epoch per frame");
        Playground.call("play");
        Waits.letThePageRun(5000, 30);
        int epoch = Playground.epoch();
        Playground.call("pause");
        assertTrue(epoch > 0 && epoch <= 600, "after 5 s of play at the default pace: epoch " + epoch);

        Playground.openReady("/#seed=0.3&speed=0");
        assertEquals("0", driver().findElement(By.id("speed")).getDomProperty("value"));
        assertTrue(driver().findElement(By.cssSelector("#speed option[value='0']")).getDomProperty("textContent")
                .contains("As fast"), "as fast as it goes stays one choice away");
    }

    @ParameterizedTest
    @CsvSource({"1440, 900, 1", "1024, 768, 2"})
    void theTopBarShowsTensorFlowPlaygroundsSetAndTheRestUnderMore(int width, int height, int maxRows) {
        driver().manage().window().setSize(new Dimension(width, height));
        Playground.openReady("/#seed=0.3");
        for (String id : BAR) {
            assertTrue(shown(id), id + " is in the top bar at " + width + " px");
        }
        for (String id : UNDER_MORE) {
            assertFalse(shown(id), id + " waits under More");
        }
        int rows = ((Number) js("const items = [document.querySelector('.brand'),"
                + " ...document.querySelectorAll('#playbar > *, #settings > *')].filter(e => e.offsetParent !== null)"
                + " .map(e => e.getBoundingClientRect()).sort((a, b) => a.top - b.top);"
                + " let rows = 0, bottom = -1;"
                + " for (const r of items) { if (r.top >= bottom - 2) { rows++; bottom = r.bottom; } else bottom = Math.max(bottom, r.bottom); }"
                + " return rows;")).intValue();
        assertTrue(rows <= maxRows, "the top bar takes " + rows + " rows at " + width + " px");
        screenshot("calm-top-" + width);

        WebElement more = driver().findElement(By.id("more"));
        more.click();
        assertEquals("true", more.getDomAttribute("aria-expanded"));
        for (String id : UNDER_MORE) {
            assertTrue(shown(id), id + " shows once More is open");
        }
        for (String id : new String[] {"momentum", "beta1", "beta2", "epsilon"}) {
            assertFalse(shown(id), id + " is hidden while the optimizer is SGD");
        }
        new Select(driver().findElement(By.id("optimizer"))).selectByValue("momentum");
        waitFor(Waits.REACTION, d -> shown("momentum"));
        assertFalse(shown("beta1"), "Adam's β₁ is hidden for momentum");
        new Select(driver().findElement(By.id("optimizer"))).selectByValue("adam");
        waitFor(Waits.REACTION, d -> shown("beta1") && shown("beta2") && shown("epsilon") && !shown("momentum"));
        screenshot("calm-more-" + width);
        js("document.getElementById('more').focus();");
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitFor(Waits.REACTION, d -> !shown("optimizer"));
        assertEquals("false", more.getDomAttribute("aria-expanded"), "More closes from the keyboard");
        assertFalse(Playground.hash().contains("more"), "the disclosure is no part of the address");
    }

    @ParameterizedTest
    @CsvSource({"375, 812", "768, 1024"})
    void onAPhoneOrATabletThePlotIsOnTheFirstScreenAndThePlayBarStays(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        Playground.openReady("/#seed=0.3");
        double screen = number("return window.innerHeight;");
        double plotTop = number("return document.getElementById('heatmap').getBoundingClientRect().top + window.scrollY;");
        assertTrue(plotTop <= 1.2 * screen, "the output plot starts at " + plotTop + " px of a " + screen + " px screen");
        assertFalse(shown("optimizer"), "More is collapsed");
        screenshot("calm-" + width);

        js("document.getElementById('heatmap').scrollIntoView();");
        waitFor(Waits.REACTION, d -> number("return window.scrollY;") > 0);
        double playTop = number("return document.getElementById('play').getBoundingClientRect().top;");
        double barBottom = number("return document.getElementById('playbar').getBoundingClientRect().bottom;");
        double plotNow = number("return document.getElementById('heatmap').getBoundingClientRect().top;");
        assertTrue(playTop >= 0 && barBottom <= screen, "the play bar is on screen after scrolling: top " + playTop);
        assertTrue(plotNow >= barBottom - 1, "the play bar does not cover the plot: " + plotNow + " < " + barBottom);
        driver().findElement(By.id("play")).click();
        waitFor(Waits.REACTION, d -> Playground.epoch() > 0);
        Playground.call("pause");
        screenshot("calm-" + width + "-scrolled");
    }

    @Test
    void onAPhoneTheStepThroughKeepsTheDiagramInViewAboveItsExplanation() {
        driver().manage().window().setSize(new Dimension(375, 812));
        StepThrough.openExplained("wasm", "seed=0.3&dataset=circle&networkShape=4,2&explain=train:3&phase=backward");
        // scroll the explanation up to just below where the diagram stays (under the play bar)
        js("const text = document.getElementById('explain-text'), bar = document.getElementById('playbar');"
                + " window.scrollBy(0, text.getBoundingClientRect().top - bar.offsetHeight"
                + " - document.getElementById('network').offsetHeight - 24);");
        double screen = number("return window.innerHeight;");
        double barBottom = number("return document.getElementById('playbar').getBoundingClientRect().bottom;");
        double diagramTop = number("return document.getElementById('network').getBoundingClientRect().top;");
        double diagramBottom = number("return document.getElementById('network').getBoundingClientRect().bottom;");
        double textTop = number("return document.getElementById('explain-text').getBoundingClientRect().top;");
        assertTrue(diagramTop >= barBottom - 1 && diagramBottom <= textTop,
                "the diagram (" + diagramTop + "–" + diagramBottom + ") stays between the play bar (" + barBottom
                + ") and the explanation (" + textTop + ")");
        assertTrue(textTop < screen, "the explanation is on screen too: " + textTop);
        screenshot("calm-explain-375");
    }

    @Test
    void escClosesTheSharePanelAndFocusGoesBackToTheButton() {
        Playground.openReady("/#seed=0.3");
        driver().findElement(By.id("share")).click();
        waitFor(Waits.REACTION, d -> shown("share-panel"));
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(Waits.REACTION, d -> !shown("share-panel"));
        assertEquals("share", js("return document.activeElement.id;"));
        assertEquals("false", driver().findElement(By.id("share")).getDomAttribute("aria-expanded"));
    }

    @Test
    void aDismissedNoticeIsGone() {
        Playground.openReady("/#seed=0.3&speed=fast");
        WebElement notice = driver().findElement(By.id("notice"));
        waitFor(Waits.REACTION, d -> notice.isDisplayed() && notice.getText().contains("speed"));
        driver().findElement(By.id("notice-dismiss")).click();
        waitFor(Waits.REACTION, d -> !notice.isDisplayed());
        driver().findElement(By.id("step")).click();
        assertFalse(notice.isDisplayed(), "it stays gone");
    }

    @Test
    void arrowKeysMoveBetweenTheDatasetTilesAndTrainNothing() {
        Playground.openReady("/#seed=0.3&dataset=circle");
        @SuppressWarnings("unchecked")
        List<String> stops = (List<String>) js(
                "return [...document.querySelectorAll('#datasets [tabindex=\"0\"]')].map(e => e.id);");
        assertEquals(List.of("dataset-circle"), stops, "one tab stop, on the chosen tile");
        String state = Playground.state();
        js("document.getElementById('dataset-circle').focus();");
        new Actions(driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        String next = (String) js("return document.activeElement.id;");
        assertTrue(next.startsWith("dataset-") && !next.equals("dataset-circle"), "the focus moved to " + next);
        new Actions(driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals("dataset-circle", js("return document.activeElement.id;"));
        new Actions(driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertTrue(((String) js("return document.activeElement.id;")).startsWith("dataset-"), "it wraps round");
        Waits.letThePageRun(200, 5);
        assertEquals(0, Playground.epoch(), "no epoch trained");
        assertEquals(state, Playground.state(), "moving is not choosing");
        new Actions(driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        new Actions(driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        String chosen = next.substring("dataset-".length());
        waitFor(Waits.REACTION, d -> hasSetting("dataset=" + chosen));
    }

    @Test
    void startHereOffersTheGallerysLessonsAndKeepsTheLessonTextUntilDismissed() {
        driver().manage().window().setSize(new Dimension(375, 812));
        Playground.openReady("/#seed=0.3");
        WebElement cards = driver().findElement(By.id("gallery-cards"));
        waitFor(Waits.LOAD, d -> cards.getDomAttribute("data-count") != null);
        @SuppressWarnings("unchecked")
        List<String> cardLinks = (List<String>) js(
                "return [...document.querySelectorAll('#gallery-cards a')].map(a => a.getAttribute('href'));");
        @SuppressWarnings("unchecked")
        List<String> stripLinks = (List<String>) js(
                "return [...document.querySelectorAll('#start-presets a')].map(a => a.getAttribute('href'));");
        assertFalse(cardLinks.isEmpty());
        assertEquals(cardLinks, stripLinks, "the strip offers the gallery's presets");
        assertTrue(driver().findElement(By.id("start-lesson")).getDomAttribute("href").endsWith("#lesson=1"));
        double stripHeight = number("return document.getElementById('start-here').getBoundingClientRect().height;");
        assertTrue(stripHeight < 40, "one line on a phone: " + stripHeight);

        WebElement first = driver().findElement(By.cssSelector("#start-presets a"));
        String title = first.getText();
        first.click();
        waitFor(Waits.REACTION, d -> shown("lesson-box"));
        assertEquals(title, driver().findElement(By.id("lesson-title")).getText());
        assertFalse(driver().findElement(By.id("lesson-text")).getText().isBlank());
        String presetState = first.getDomAttribute("href");
        String dataset = presetState.substring(presetState.indexOf("dataset=")).split("&")[0];
        waitFor(Waits.REACTION, d -> hasSetting(dataset));
        driver().findElement(By.id("step")).click();
        assertTrue(shown("lesson-box"), "the lesson text stays while the preset is used");
        screenshot("calm-lesson-375");
        driver().findElement(By.id("lesson-dismiss")).click();
        waitFor(Waits.REACTION, d -> !shown("lesson-box"));
    }
}
