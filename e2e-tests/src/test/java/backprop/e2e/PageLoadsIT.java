package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The page starts in either engine, says which, and explains what stops it from starting. */
class PageLoadsIT extends PageTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void thePageStartsWithoutConsoleErrors(String engine) {
        Playground.openReady("/?engine=" + engine);
        assertEquals(engine, Playground.engine());
        WebElement status = driver().findElement(By.id("status"));
        assertEquals(engine, status.getDomAttribute("data-engine"));
        assertEquals("true", status.getDomAttribute("data-ready"));
        assertEquals("0", status.getDomAttribute("data-epoch"));
        assertEquals(List.of(), severeConsoleErrors());
        assertTrue(driver().findElement(By.id("notice")).getDomAttribute("hidden") != null, "no notice shown");
        screenshot("loads-" + engine);
    }

    @Test
    void withoutAParameterTheWasmEngineIsChosenInChromium() {
        Playground.openReady("/");
        assertEquals("wasm", Playground.engine());
        assertEquals("WebAssembly", driver().findElement(By.id("engine-name")).getText());
    }

    @Test
    void anUnknownEngineParameterIsNamedInANotice() {
        Playground.openReady("/?engine=turbo");
        WebElement notice = driver().findElement(By.id("notice"));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains("turbo"), notice.getText());
        assertTrue(notice.getText().contains("?engine=js"), notice.getText());
        screenshot("unknown-engine");
    }

    @Test
    void aMissingEngineFileGivesASpecificMessageNotABlankPage() {
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*playground.js")));
        try {
            open("/?engine=js");
            WebElement error = driver().findElement(By.id("boot-error"));
            waitFor(Waits.REACTION, d -> error.isDisplayed());
            assertTrue(error.getText().contains("/teavm/js/playground.js"), error.getText());
            assertFalse(error.getText().isBlank());
            screenshot("missing-engine-file");
        } finally {
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }
}
