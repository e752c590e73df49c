package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * {@code /embed} in an iframe of a page on another origin (a second server, on its own port): it
 * loads, trains and fits a 640×480 and a 360×480 frame, with its link to the full playground;
 * the same page framing {@code /} is refused by the browser. The Share panel offers the snippet.
 */
class EmbedIT extends PageTestBase {

    /** The state in the frames: the circle dataset, a few epochs per frame. */
    private static final String STATE = "seed=0.5&learningRate=0.03";

    private static HttpServer otherSite;

    @BeforeAll
    static void startTheOtherSite() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            String page = pages().get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "no such page" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        otherSite.start();
    }

    @AfterAll
    static void stopTheOtherSite() {
        otherSite.stop(0);
    }

    @AfterEach
    void backToTheTopPage() {
        driver().switchTo().defaultContent();
        driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /** The other site's pages: each frames a page of the playground's server. */
    private static Map<String, String> pages() {
        return Map.of(
                "/embed.html", host(frame("embed", "/embed#" + STATE, 640, 480)),
                "/sizes.html", host(frame("wide", "/embed#" + STATE, 640, 480) + frame("narrow", "/embed#" + STATE, 360, 480)),
                "/root.html", host(frame("root", "/#" + STATE, 640, 480)));
    }

    private static String host(String frames) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Another site</title></head>"
                + "<body style=\"margin:8px;background:#eee\"><h1 style=\"font:16px sans-serif\">A page of another site</h1>"
                + frames + "</body></html>";
    }

    private static String frame(String id, String path, int width, int height) {
        return "<iframe id=\"" + id + "\" src=\"" + baseUrl() + path + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"Backprop Playground\" style=\"border:1px solid #888;vertical-align:top\"></iframe> ";
    }

    /** Opens a page of the other site; returns how many console errors there were before it. */
    private static int openOtherSite(String page) {
        int before = severeConsoleErrors().size();
        driver().get("http://127.0.0.1:" + otherSite.getAddress().getPort() + page);
        return before;
    }

    /** Switches into frame {@code id} and waits until the playground in it has started. */
    private static void enterPlayground(String id) {
        driver().switchTo().defaultContent();
        driver().switchTo().frame(id);
        waitFor(Waits.LOAD, d -> js("return !!window.playground;"));
        js("return window.playground.ready.then(() => true);");
    }

    @Test
    void aPageOfAnotherOriginFramesTheEmbedWhichTrains() {
        int errorsBefore = openOtherSite("/embed.html");
        enterPlayground("embed");
        assertEquals("embed", js("return document.body.className;"));
        assertEquals(0, Playground.epoch());
        driver().findElement(By.id("play")).click();
        waitFor(Waits.LOAD, d -> Playground.epoch() > 0);
        assertEquals("true", Playground.status("playing"));
        // The embed's link to the full playground carries the state, less nothing but _hide flags.
        WebElement open = driver().findElement(By.id("embed-open"));
        assertTrue(open.isDisplayed());
        assertEquals("_blank", open.getDomAttribute("target"));
        String href = open.getDomProperty("href");
        assertTrue(href.startsWith(baseUrl() + "/#"), href);
        assertTrue(href.contains("seed=0.5") && href.contains("learningRate=0.03"), href);
        List<String> errors = severeConsoleErrors();
        assertEquals(List.of(), errors.subList(errorsBefore, errors.size()), "console errors");
    }

    @Test
    void framingThePlaygroundItselfIsRefused() {
        openOtherSite("/root.html");
        driver().switchTo().frame("root");
        // Chromium puts its own error page in the frame: never the playground, however long we wait for it.
        waitFor(Waits.LOAD, d -> "complete".equals(js("return document.readyState;")));
        Waits.letThePageRun(1000, 10);
        assertEquals(Boolean.FALSE, js("return !!document.getElementById('play') || !!window.playground;"),
                "the playground loaded inside a frame of another site");
        assertFalse(String.valueOf(js("return location.href;")).startsWith(baseUrl()), "the frame shows the playground's address");
    }

    @Test
    void theEmbedFitsA640By480AndA360WideFrame() {
        driver().manage().window().setSize(new Dimension(1100, 620));
        openOtherSite("/sizes.html");
        for (String id : List.of("wide", "narrow")) {
            enterPlayground(id);
            waitFor(Waits.LOAD, d -> Canvas.distinctColours("heatmap", 0, 0, 400, 400, 10) > 5);
            assertEquals(Boolean.TRUE, js("return document.documentElement.scrollWidth <= innerWidth;"), id + ": no sideways scrolling");
            for (String element : List.of("play", "reset", "learningRate", "epoch", "heatmap", "embed-open")) {
                assertTrue(driver().findElement(By.id(element)).isDisplayed(), id + ": #" + element + " is shown");
                assertEquals(Boolean.TRUE, js("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;", element),
                        id + ": #" + element + " lies inside the frame");
            }
            assertTrue(driver().findElement(By.id("network")).isDisplayed(), id + ": the diagram is shown");
            for (String element : List.of("data-column", "activation", "share", "start-here", "gallery")) {
                assertFalse(driver().findElement(By.id(element)).isDisplayed(), id + ": #" + element + " is not in the embed");
            }
        }
        driver().switchTo().defaultContent();
        screenshot("EmbedIT-640x480-and-360x480");
    }

    @Test
    void hideKeysChooseTheEmbedsControls() {
        Playground.openReady("/embed#" + STATE + "&learningRate_hide=true&reset_hide=true&network_hide=true");
        assertFalse(driver().findElement(By.id("learningRate")).isDisplayed());
        assertFalse(driver().findElement(By.id("reset")).isDisplayed());
        assertFalse(driver().findElement(By.id("network")).isDisplayed());
        assertTrue(driver().findElement(By.id("play")).isDisplayed());
        String href = driver().findElement(By.id("embed-open")).getDomProperty("href");
        assertFalse(href.contains("_hide"), "the full playground shows every control: " + href);
    }

    @Test
    void theSharePanelOffersTheIframeOfTheCurrentState() {
        Playground.openReady("/#" + STATE);
        driver().findElement(By.id("share")).click();
        WebElement snippet = driver().findElement(By.id("share-embed"));
        waitFor(Waits.REACTION, d -> snippet.isDisplayed());
        String html = snippet.getDomProperty("value");
        assertTrue(html.startsWith("<iframe src=\"" + baseUrl() + "/embed#"), html);
        assertTrue(html.contains("width=\"640\" height=\"480\""), html);
        assertTrue(html.contains("seed=0.5&amp;") || html.contains("&amp;seed=0.5"), html);
        // A change of the state changes the snippet.
        js("location.hash = arguments[0];", STATE + "&noise=25");
        waitFor(Waits.REACTION, d -> snippet.getDomProperty("value").contains("noise=25"));
        driver().findElement(By.id("share-embed-copy")).click();
        waitFor(Waits.REACTION, d -> "Copied ✓".equals(driver().findElement(By.id("share-embed-copy")).getText()));
        screenshot("EmbedIT-share-panel");
    }
}
