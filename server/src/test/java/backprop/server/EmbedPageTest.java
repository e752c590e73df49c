package backprop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.server.api.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /embed}: the page with its body marked {@code embed}, the one answer another site may frame;
 * the page at {@code /} still may not be framed.
 */
class EmbedPageTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void theEmbedIsThePageWithItsBodyMarked() throws IOException {
        String page = server.get("/").body();
        HttpResponse<String> embed = server.get("/embed");
        assertEquals(200, embed.statusCode());
        assertTrue(embed.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(embed.body().contains("<body class=\"embed\">"), "the body is marked");
        assertEquals(page.replace("<body>", "<body class=\"embed\">"), embed.body());

        HttpResponse<byte[]> gzip = server.getBytes("/embed", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(embed.body(), new String(gunzip(gzip.body()), StandardCharsets.UTF_8));
    }

    @Test
    void anySiteMayFrameTheEmbed() {
        for (String path : new String[] {"/embed", "/embed?engine=js"}) {
            HttpHeaders headers = server.get(path).headers();
            String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("frame-ancestors *"), csp);
            assertFalse(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(headers.firstValue("X-Frame-Options").isEmpty(), "X-Frame-Options on " + path);
            assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval';"), "the rest of the policy stays: " + csp);
            for (String name : new String[] {"X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"}) {
                assertEquals(SecurityHeaders.ALL.get(name), headers.firstValue(name).orElse(null), name + " on " + path);
            }
        }
    }

    @Test
    void aRevalidatedOrHeadEmbedStaysFramable() {
        String etag = server.get("/embed").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("/embed", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors *"));
        RunningServer.RawResponse head = server.raw("HEAD", "/embed");
        assertEquals(200, head.status());
        assertTrue(head.hasHeader("Content-Security-Policy", SecurityHeaders.FRAMABLE_CONTENT_SECURITY_POLICY), head.head());
        assertFalse(head.head().toLowerCase().contains("x-frame-options"), head.head());
    }

    @Test
    void thePageItselfMayNotBeFramed() {
        for (String path : new String[] {"/", "/index.html", "/embed.html", "/embedded"}) {
            HttpHeaders headers = server.get(path).headers();
            assertTrue(headers.firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
        }
    }

    @Test
    void aPageWithoutAPlainBodyTagIsRefusedAtStart() {
        byte[] page = "<html><body id=\"x\"></body></html>".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbedPage.mark(page));
        assertTrue(e.getMessage().contains("<body>"), e.getMessage());
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
