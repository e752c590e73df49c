package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and titles are stored as sent or refused with a 400 that names the problem: never
 * silently changed (a broken escape dropped, a bad byte turned into U+FFFD), never with
 * characters that make them display otherwise than they read.
 */
class StrictTextTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static final String CSV = "x,y,label\n1,1,-1\n-1,-1,-1\n1,-1,1\n-1,1,1\n";

    @ParameterizedTest
    @ValueSource(strings = {"a%ZZb.csv", "a%Fb.csv", "ab%", "a%FFb.csv", "a%C3b.csv", "a%ED%A0%80b"})
    void brokenEscapesAndBytesThatAreNotUtf8AreRefused(String name) throws Exception {
        // Sent byte for byte: an HTTP client library refuses to send a broken escape at all.
        byte[] body = CSV.getBytes(StandardCharsets.US_ASCII);
        RunningServer.RawResponse r = server.rawRequest(("POST /api/datasets?name=" + name + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: text/csv\r\nConnection: close\r\nContent-Length: " + body.length
                + "\r\n\r\n" + CSV).getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, r.status(), r.body());
        JsonNode error = StorageApiContract.JSON.readTree(r.body());
        assertTrue(error.get("detail").asText().contains("'name'"), r.body());
        assertTrue(r.hasHeader("Content-Type", "application/json"), r.head());
    }

    @Test
    void aWellEncodedNameIsStoredAsSent() {
        HttpResponse<String> r = server.postCsv("/api/datasets?name=caf%C3%A9%20%E2%9C%93", CSV);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("café ✓", StorageApiContract.json(r).get("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%E2%80%AE", "%E2%80%8F", "%E2%81%A6", "%D8%9C"})
    void bidirectionalControlsAreRefusedInNames(String control) {
        HttpResponse<String> r = server.postCsv("/api/datasets?name=report" + control + "vsc.exe", CSV);
        StorageApiContract.assertRefused(400, r, "bidirectional control");
    }

    @Test
    void bidirectionalControlsAreRefusedInTitles() {
        HttpResponse<String> r = server.postJson("/api/presets",
                "{\"state\":\"dataset=xor\",\"title\":\"abc\\u202Etxt\"}");
        StorageApiContract.assertRefused(400, r, "U+202E");
        r = server.postJson("/api/presets", "{\"state\":\"dataset=xor\",\"title\":\"abc\u202Etxt\"}");
        StorageApiContract.assertRefused(400, r, "U+202E");
    }

    @Test
    void jsonInUtf16OrUtf32IsRefused() {
        String json = "{\"state\":\"dataset=xor\"}";
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"}) {
            byte[] body = json.getBytes(java.nio.charset.Charset.forName(charset));
            HttpResponse<String> r = server.post("/api/presets", body, "Content-Type", "application/json");
            StorageApiContract.assertRefused(400, r, "UTF-8");
        }
        HttpResponse<String> r = server.post("/api/presets", json.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json");
        assertEquals(201, r.statusCode(), r.body());
    }
}
