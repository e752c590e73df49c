package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** Share links (/p/<id>) made in the page, opened in a fresh browser; the gallery. */
class ShareIT extends PageTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aTrainedNetworkSharedWithItsWeightsOpensInAFreshBrowserSessionTheSameAndPaused(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=share-" + engine + "&dataset=xor&networkShape=4,3&learningRate=0.1");
        js("for (let i = 0; i < 40; i++) { window.playground.step(); }");
        assertEquals(40, Playground.epoch());
        String state = Playground.state();
        String weights = Playground.weights();

        String link = share("XOR after 40 epochs (" + engine + ")", true);
        assertTrue(link.startsWith(baseUrl() + "/p/"), link);
        screenshot("share-panel-" + engine);

        try (Browser fresh = new Browser(outputDir())) {
            fresh.open(link + "?engine=" + engine);
            fresh.js("return window.playground.ready.then(() => true);");
            assertEquals(state, fresh.js("return window.playground.state();"));
            assertEquals(weights, fresh.js("return window.playground.weights();"));
            assertEquals(Boolean.FALSE, fresh.js("return window.playground.playing();"));
            assertEquals(engine, fresh.js("return window.playground.engine();"));
            WebElement label = fresh.driver().findElement(By.id("shared-label"));
            assertTrue(label.isDisplayed());
            assertEquals("Shared trained network: XOR after 40 epochs (" + engine + ")", label.getText());
            assertEquals(link.substring(baseUrl().length()), fresh.js("return location.pathname;"),
                    "the short link stays in the address");
            assertEquals("#" + state, fresh.js("return location.hash;"));
            fresh.screenshot("shared-link-opened-" + engine);
            assertEquals(List.of(), fresh.severeConsoleErrors());
        }
    }

    @Test
    void aTitleHoldingMarkupIsShownAsTextAndRunsNothing() {
        String title = "<img src=x onerror=alert(1)><b>bold</b>";
        Playground.openReady("/#seed=markup&dataset=spiral");
        String state = Playground.state();
        String link = share(title, false);

        open(link.substring(baseUrl().length()));
        js("return window.playground.ready.then(() => true);");
        assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert());
        assertEquals("Shared link: " + title, driver().findElement(By.id("shared-label")).getText());
        assertEquals(0L, js("return document.querySelectorAll('#shared-label *, img').length;"));
        assertEquals(state, Playground.state());
        screenshot("shared-title-as-text");
    }

    @Test
    void anUnknownLinkOpensThePageWithTheServersReason() {
        open("/p/zzzzzzzzzzzz");
        js("return window.playground.ready.then(() => true);");
        WebElement notice = driver().findElement(By.id("notice-server"));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains("No shared preset has the id 'zzzzzzzzzzzz'"), notice.getText());
        assertTrue(driver().findElement(By.id("shared-label")).getDomAttribute("hidden") != null);
        assertTrue(Playground.trainLoss() > 0, "the page works with its defaults");
        screenshot("shared-link-unknown");
    }

    @Test
    void theGalleryShowsCardsWithThumbnailsAndOpensOneLive() {
        Playground.openReady("/#seed=gallery");
        waitFor(Waits.LOAD, d -> d.findElements(By.cssSelector("#gallery-cards .gallery-card")).size() >= 4);
        List<WebElement> cards = driver().findElements(By.cssSelector("#gallery-cards .gallery-card"));
        for (WebElement card : cards) {
            assertFalse(card.findElement(By.className("gallery-title")).getText().isBlank());
            long colours = ((Number) js("const c = arguments[0].querySelector('canvas');"
                    + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const s = new Set();"
                    + " for (let i = 0; i < d.length; i += 4) { s.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]); } return s.size;",
                    card)).longValue();
            assertTrue(colours >= 3, "a thumbnail shows points of two classes on its background: " + colours);
        }
        js("window.__sameDocument = true;");
        WebElement adam = driver().findElement(By.cssSelector(".gallery-card[data-preset-id='adam-versus-sgd']"));
        js("arguments[0].scrollIntoView();", adam);
        screenshot("gallery");
        adam.click();
        waitFor(Waits.LOAD, d -> Playground.state().contains("dataset=moons"));
        assertTrue(Playground.state().contains("optimizer=adam"), Playground.state());
        assertTrue(Playground.state().contains("seed=adam"), Playground.state());
        assertEquals(Boolean.TRUE, js("return window.__sameDocument === true;"), "applied live, without a reload");
        assertEquals("adam", driver().findElement(By.id("optimizer")).getDomProperty("value"));
    }

    /** Shares the current state through the panel; returns the absolute link it shows. */
    static String share(String title, boolean withWeights) {
        WebElement panel = driver().findElement(By.id("share-panel"));
        if (!panel.isDisplayed()) {
            driver().findElement(By.id("share")).click();
        }
        WebElement titleInput = driver().findElement(By.id("share-title"));
        titleInput.clear();
        titleInput.sendKeys(title);
        WebElement weights = driver().findElement(By.id("share-weights"));
        if (weights.isSelected() != withWeights) {
            weights.click();
        }
        driver().findElement(By.id("share-create")).click();
        WebElement link = driver().findElement(By.id("share-link"));
        waitFor(Waits.LOAD, d -> link.isDisplayed() || !d.findElement(By.id("share-error")).getText().isEmpty());
        assertEquals("", driver().findElement(By.id("share-error")).getText());
        String url = link.getDomProperty("value");
        assertNotEquals("", url);
        return url;
    }
}
