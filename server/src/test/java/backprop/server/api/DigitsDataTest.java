package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.digits.Digits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The digits file over HTTP: type, length, caching, and the very bytes committed in datasets/. */
class DigitsDataTest {

    private static final Path DATASETS = Path.of("..", "datasets");

    private static RunningServer server;
    private static JsonNode manifest;
    private static byte[] committed;
    private static String committedSha;

    @BeforeAll
    static void start() throws IOException {
        server = RunningServer.standard();
        committed = Files.readAllBytes(DATASETS.resolve("mnist-10k.bin.gz"));
        committedSha = Files.readString(DATASETS.resolve("mnist-10k.bin.gz.sha256")).substring(0, 64);
        HttpResponse<String> r = server.get("/api/digits");
        assertEquals(200, r.statusCode());
        manifest = new ObjectMapper().readTree(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theManifestSaysWhereTheFileIsAndWhatItHolds() {
        assertEquals("/data/mnist-10k-" + committedSha.substring(0, 8) + ".bin.gz", manifest.get("url").asText());
        assertEquals(committedSha, manifest.get("sha256").asText());
        assertEquals(committed.length, manifest.get("bytes").asInt());
        assertEquals(10_000, manifest.get("count").asInt());
        assertEquals(28, manifest.get("width").asInt());
        assertEquals(28, manifest.get("height").asInt());
        assertEquals(8000, manifest.get("train").asInt());
        assertEquals(2000, manifest.get("test").asInt());
    }

    @Test
    void theHashedUrlServesTheCommittedBytesForeverCacheable() throws IOException {
        // Accept-Encoding gzip on purpose: the file is gzip already and must go out as it is.
        HttpResponse<byte[]> r = server.getBytes(manifest.get("url").asText(), "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(String.valueOf(committed.length), r.headers().firstValue("Content-Length").orElse(""));
        assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "no transfer compression");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(committed, r.body());
        assertEquals(committedSha, DigitsData.sha256(r.body()));
        assertEquals(10_000, Digits.decode(gunzip(r.body())).count(), "the engine decodes what the server sends, inflated");
    }

    @Test
    void theStableUrlIsRevalidatedWithAnEtag() {
        HttpResponse<byte[]> r = server.getBytes(DigitsData.STABLE_URL);
        assertEquals(200, r.statusCode());
        assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(String.valueOf(committed.length), r.headers().firstValue("Content-Length").orElse(""));
        String etag = r.headers().firstValue("ETag").orElse("");
        assertEquals("\"" + committedSha + "\"", etag);
        assertArrayEquals(committed, r.body());
        HttpResponse<byte[]> again = server.getBytes(DigitsData.STABLE_URL, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void anotherHashIsNotFound() {
        HttpResponse<String> r = server.get("/data/mnist-10k-00000000.bin.gz");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().startsWith("{\"error\":\"Not Found\""), r.body());
    }

    @Test
    void theManifestIsNeverCached() {
        assertEquals("no-store", server.get("/api/digits").headers().firstValue("Cache-Control").orElse(""));
    }

    /** As the page's {@code DecompressionStream('gzip')} does. */
    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
