package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.server.SecurityHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Holds whatever the page shows: it is served, the API answers, the headers are there. */
class ServerSmokeIT extends PageTestBase {

    @Test
    void theRootServesThePlaygroundPage() {
        open("/");
        assertTrue(driver().getTitle().contains("Backprop Playground"), driver().getTitle());
    }

    @Test
    void theHealthEndpointAnswersInTheBrowser() {
        open("/");
        Object health = js("return fetch('/api/health').then(r => r.json());");
        assertEquals(Map.of("status", "ok", "version", System.getProperty("project.version"), "database", "ok"), health);
    }

    @Test
    void theResponseCarriesTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = httpGet("/");
        assertEquals(200, r.statusCode());
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                r.headers().firstValue("Content-Security-Policy").orElse(null));
    }

    @Test
    void consoleErrorsAreCaptured() {
        open("/");
        js("console.error('e2e-probe ' + arguments[0]);", 42);
        assertTrue(severeConsoleErrors().stream().anyMatch(m -> m.contains("e2e-probe 42")),
                () -> "console: " + consoleMessages());
    }

    @Test
    void screenshotsAreSavedAsPng() throws Exception {
        open("/");
        Path png = screenshot("smoke-home");
        byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, magic);
    }
}
