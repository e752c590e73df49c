package backprop.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged page: static/ and web-ui's TeaVM output, both from the classpath under /web. */
class StaticFilesTest {

    private static final String JS = "/teavm/js/playground.js";
    private static final String WASM = "/teavm/wasm/playground.wasm";

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.standard();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRootServesIndexHtml() throws IOException {
        HttpResponse<byte[]> r = server.getBytes("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertArrayEquals(classpath("/web/index.html"), r.body());
    }

    @Test
    void wasmIsServedAsApplicationWasm() throws IOException {
        HttpResponse<byte[]> r = server.getBytes(WASM);
        assertEquals(200, r.statusCode());
        assertEquals("application/wasm", r.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(classpath("/web" + WASM), r.body());
    }

    @Test
    void javascriptIsServedAsJavascript() {
        HttpResponse<String> r = server.get(JS);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void javascriptAndWasmAreGzippedWhenTheClientAcceptsIt() throws IOException {
        for (String path : new String[] {JS, WASM}) {
            HttpResponse<byte[]> r = server.getBytes(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""), path);
            byte[] original = classpath("/web" + path);
            assertTrue(r.body().length < original.length, path + " should shrink");
            assertArrayEquals(original, gunzip(r.body()), path);
        }
    }

    @Test
    void withoutAcceptEncodingNothingIsCompressed() {
        HttpResponse<byte[]> r = server.getBytes(JS);
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void thePageAndTheCompiledCodeAreRevalidatedOnEveryLoad() {
        // Names are not content-hashed yet, so the browser must ask each time (ETag makes it cheap).
        for (String path : new String[] {"/", "/index.html", JS, WASM, "/teavm/wasm/playground.wasm-runtime.js"}) {
            HttpResponse<String> r = server.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""), path);
        }
    }

    @Test
    void directoriesAreNotListed() {
        for (String path : new String[] {"/teavm/", "/teavm", "/teavm/js/"}) {
            HttpResponse<String> r = server.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().startsWith("{\"error\":\"Not Found\""), path + ": " + r.body());
            assertTrue(!r.body().contains("playground.js"), path + " leaked a listing");
        }
    }

    private static byte[] classpath(String resource) throws IOException {
        try (InputStream in = StaticFilesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
