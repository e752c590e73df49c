package backprop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.server.api.RunningServer;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/teavm/js/playground.js", "/teavm/wasm/playground.wasm",
            "/api/health", "/api/no-such-thing", "/no-such-file.css"})
    void everyResponseCarriesTheHeaders(String path) {
        HttpResponse<String> r = server.get(path);
        assertAllSecurityHeaders(r.headers(), path);
    }

    @Test
    void aRequestJettyRefusesItselfCarriesThemToo() {
        RunningServer.RawResponse r = server.raw("GET", "/%2e%2e/etc/passwd");
        assertEquals(400, r.status());
        SecurityHeaders.ALL.forEach((name, value) ->
                assertTrue(r.hasHeader(name, value), name + " missing on Jetty's 400:\n" + r.head()));
    }

    @Test
    void theCspAllowsScriptsOnlyFromSelfAndNeverInline() {
        String csp = server.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval';"), csp);
        assertTrue(!csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    }

    private static void assertAllSecurityHeaders(HttpHeaders headers, String path) {
        for (Map.Entry<String, String> h : SecurityHeaders.ALL.entrySet()) {
            assertEquals(h.getValue(), headers.firstValue(h.getKey()).orElse(null), h.getKey() + " on " + path);
        }
    }
}
