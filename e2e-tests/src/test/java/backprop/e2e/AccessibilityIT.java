package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Keyboard shortcuts, names for screen readers, and a layout that fits a phone and a wide screen. */
class AccessibilityIT extends PageTestBase {

    @AfterEach
    void restoreSize() {
        driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void spaceArrowAndRDriveTraining() {
        Playground.openReady("/#seed=0.3");
        driver().findElement(By.tagName("h1")).click();
        new Actions(driver()).sendKeys(Keys.SPACE).perform();
        waitFor(Waits.REACTION, d -> Playground.epoch() > 5);
        new Actions(driver()).sendKeys(Keys.SPACE).perform();
        waitFor(Waits.REACTION, d -> "false".equals(Playground.status("playing")));
        int epoch = Playground.epoch();
        new Actions(driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(epoch + 1, Playground.epoch());
        new Actions(driver()).sendKeys("r").perform();
        assertEquals(0, Playground.epoch());
    }

    @Test
    void everyControlHasANameForScreenReaders() {
        Playground.openReady("/#seed=0.3");
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) js("return Array.from(document.querySelectorAll("
                + "'button, select, input, canvas')).filter(e => !e.closest('[aria-hidden=true]')).filter(e => {"
                + " const label = e.getAttribute('aria-label') || (e.labels && e.labels.length && e.labels[0].textContent.trim())"
                + "   || (e.tagName === 'BUTTON' && e.textContent.trim());"
                + " return !label; }).map(e => e.outerHTML.slice(0, 80));");
        assertEquals(List.of(), unnamed);
    }

    @Test
    void everyIdIsUsedOnce() {
        Playground.openReady("/#seed=0.3");
        @SuppressWarnings("unchecked")
        List<String> repeated = (List<String>) js("const seen = new Set(), twice = [];"
                + " document.querySelectorAll('[id]').forEach(e => { if (seen.has(e.id)) twice.push(e.id); seen.add(e.id); });"
                + " return twice;");
        assertEquals(List.of(), repeated, "controls are found by id; a repeated id binds the wrong one");
    }

    @Test
    void thePageFitsAPhoneAndAWideScreen() {
        driver().manage().window().setSize(new Dimension(375, 812));
        Playground.openReady("/#seed=0.3");
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertTrue(overflow <= 0, "no sideways scrolling at 375 px, overflow " + overflow);
        screenshot("phone-375");
        driver().manage().window().setSize(new Dimension(1440, 1000));
        Playground.openReady("/#seed=0.3");
        overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertTrue(overflow <= 0, "no sideways scrolling at 1440 px, overflow " + overflow);
        screenshot("desktop-1440");
    }
}
