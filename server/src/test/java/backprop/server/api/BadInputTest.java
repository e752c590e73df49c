package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a client sends, the answer is a 4xx JSON {error, detail}: never a 500, never a stack trace. */
class BadInputTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "}", "[]", "null", "123", "\"dataset=xor\"", "true", "{\"state\":5}", "{\"state\":[\"a\"]}",
        "{\"state\":{\"a\":1}}", "{\"state\":null}", "{\"state\":\"dataset=xor\",\"extra\":1}",
        "{\"state\":\"dataset=xor\"} {\"x\":1}", "{\"state\":\"dataset=xor\",\"state\":\"dataset=xor\"}",
        "{\"state\":1e999999999}", "{\"state\":-0.0e-99999}", "{\"state\":\"dataset=xor\",\"title\":7}",
        "{\"state\":\"dataset=xor\",\"weights\":true}", "{\"state\":\"dataset=xor\",\"title\":\"\\u0000\"}",
        "{\"state\":\"dataset=xor\",\"title\":\"\\ud800\"}", "{\"state\":\"dataset=xor\",\"title\":\"a\\tb\"}",
        "{\"state\":\"dataset=xor\",\"weights\":\"v1;2,4,2,1;\"}", "{'state':'dataset=xor'}",
        "{\"state\":\"learningRate=1e999\"}", "{\"state\":\"networkShape=99999999999\"}",
        "{\"state\":\"batchSize=-1&noise=NaN\"}", "{\"state\":\"dataset=xor\",\"weights\":\"v2;x;y\"}",
        "{\"state\":\"hello\"}", "{\"state\":\"<script>alert(1)</script>=1\"}", "{\"state\":\"\\u0000\"}",
    })
    void malformedPresetBodiesAreRefused(String body) {
        assertRefusal(server.postJson("/api/presets", body));
    }

    @Test
    void hugeNumbersAndDeepNestingAreRefused() {
        assertRefusal(server.postJson("/api/presets", "{\"state\":" + "9".repeat(100_000) + "}"));
        assertRefusal(server.postJson("/api/presets", "[".repeat(100_000) + "]".repeat(100_000)));
        assertRefusal(server.postJson("/api/presets", "{\"state\":\"" + "\\u0041".repeat(200_000) + "\"}"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] body = {'{', '"', 's', 't', 'a', 't', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        assertRefusal(server.post("/api/presets", body, "Content-Type", "application/json"));
        assertRefusal(server.post("/api/datasets", new byte[] {'1', ',', '2', ',', (byte) 0xC3, '\n'}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/xml", "text/html"})
    void presetsMustBeSentAsJson(String contentType) {
        HttpResponse<String> r = server.post("/api/presets", "{\"state\":\"dataset=xor\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", contentType);
        assertEquals(415, r.statusCode());
        assertRefusal(r);
    }

    @Test
    void aPresetWithoutContentTypeIsRefused() {
        assertEquals(415, server.post("/api/presets", "{\"state\":\"dataset=xor\"}").statusCode());
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String head = "POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\n"
                + "Content-Length: 104857600\r\nConnection: close\r\n\r\n1,2,1\n";
        RunningServer.RawResponse r = server.rawRequest(head.getBytes(StandardCharsets.US_ASCII));
        assertEquals(413, r.status(), r.head());
        assertTrue(r.body().contains("larger than 5 MB"), r.body());
    }

    @Test
    void aBodyOverTheLimitSentWholeIsRefusedToo() {
        int datasets = server.get("/api/datasets").body().length();
        byte[] big = ("1,2,1\n".repeat(CsvDataset.MAX_BYTES / 6 + 10)).getBytes(StandardCharsets.US_ASCII);
        refusedAsTooLarge(() -> server.post("/api/datasets", big, "Content-Type", "text/csv"));
        byte[] presets = ("{\"state\":\"" + "a".repeat((int) ShareLinkRules.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        refusedAsTooLarge(() -> server.post("/api/presets", presets, "Content-Type", "application/json"));
        assertEquals(datasets, server.get("/api/datasets").body().length(), "nothing was stored");
    }

    /**
     * A body sent whole over the limit gets a 413, or no answer at all: the server may refuse from
     * the declared length and close the connection while the client is still writing, and the
     * client then sees the connection closed (this made the test fail now and then on a busy
     * machine). Either way the server goes on answering.
     */
    private static void refusedAsTooLarge(Supplier<HttpResponse<String>> send) {
        try {
            HttpResponse<String> r = send.get();
            assertEquals(413, r.statusCode(), r.body());
            assertRefusal(r);
        } catch (UncheckedIOException closedUnderTheClientsWrites) {
            // the refusal's other form
        }
        assertEquals(200, server.get("/api/health").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/datasets?name=%00", "/api/datasets?problem=%3Cscript%3E", "/api/datasets?problem=",
            "/api/datasets?name=" + "%F0%9F%98%80" + "&problem=regression"})
    void datasetQueryParametersAreChecked(String path) {
        HttpResponse<String> r = server.postCsv(path, "x,y,label\n1,2,a\n3,4,b\n");
        if (r.statusCode() < 300) {
            return; // problem= empty means "decide", and an emoji is a fine name; both are valid
        }
        assertRefusal(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/presets/%00", "/api/presets/..%2F..%2Fetc%2Fpasswd", "/api/presets/%2e%2e",
            "/api/datasets/%00", "/api/datasets/" + "A", "/p/%00", "/p/..%2f", "/api/presets/' OR 1=1 --",
            "/api/datasets/'%3B DROP TABLE dataset%3B --"})
    void oddIdsAreNotFoundOrBadRequests(String path) {
        RunningServer.RawResponse r = server.raw("GET", path.replace(" ", "%20"));
        assertTrue(r.status() == 404 || r.status() == 400, path + " -> " + r.status());
        assertTrue(r.body().startsWith("{\"error\":"), path + " -> " + r.body());
    }

    private static void assertRefusal(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.body().startsWith("{\"error\":\""), r.body());
        assertTrue(r.body().contains("\"detail\":\""), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        assertFalse(r.body().contains("at backprop."), r.body());
        assertFalse(r.body().contains("com.fasterxml"), r.body());
    }
}
