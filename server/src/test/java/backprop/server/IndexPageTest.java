package backprop.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.server.api.RunningServer;
import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The page from memory: the same bytes in every encoding, one ETag per encoding, 304 on revalidation. */
class IndexPageTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void everyEncodingCarriesThePageAndItsOwnEtag() throws IOException {
        byte[] page = classpath("/web/index.html");
        Set<String> etags = new HashSet<>();
        for (String path : new String[] {"/", "/index.html"}) {
            HttpResponse<byte[]> plain = server.getBytes(path);
            assertEquals(200, plain.statusCode());
            String type = plain.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
            assertEquals("text/html;charset=utf-8", type);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
            assertArrayEquals(page, plain.body());

            HttpResponse<byte[]> gzip = server.getBytes(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
            assertArrayEquals(page, gunzip(gzip.body()));
            assertTrue(gzip.body().length < page.length / 2, "gzip should at least halve the page");

            HttpResponse<byte[]> br = server.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
            assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(""));
            Brotli4jLoader.ensureAvailability();
            assertArrayEquals(page, Decoder.decompress(br.body()).getDecompressedData());

            for (HttpResponse<byte[]> r : java.util.List.of(plain, gzip, br)) {
                assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
                assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElse(""));
                assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), "security headers");
                etags.add(r.headers().firstValue("ETag").orElseThrow());
            }
        }
        assertEquals(3, etags.size(), "one ETag per encoding, the same for / and /index.html: " + etags);
    }

    @Test
    void aRevalidationWithTheEtagIsA304WithoutABody() {
        HttpResponse<byte[]> first = server.getBytes("/", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = server.getBytes("/", "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> otherEncoding = server.getBytes("/", "If-None-Match", etag);
        assertEquals(200, otherEncoding.statusCode(), "the gzip ETag does not match the plain page");
        assertNotEquals(etag, otherEncoding.headers().firstValue("ETag").orElse(""));
    }

    private static byte[] classpath(String resource) throws IOException {
        try (InputStream in = IndexPageTest.class.getResourceAsStream(resource)) {
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
