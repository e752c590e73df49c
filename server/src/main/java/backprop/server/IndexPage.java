package backprop.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * The page itself ({@code /} and {@code /index.html}), the most requested file, served from
 * memory: read once from the classpath with its gzip copy (made at start) and its Brotli copy
 * (made at build time by {@link Precompress}, when there is one). Each copy has its own ETag, so a
 * revalidation costs a 304 and no work. Caching stays {@code no-cache}: a new build is seen on
 * the next visit.
 */
final class IndexPage {

    private static final String HTML = "text/html; charset=utf-8";

    /** One encoding of the page; {@code encoding} is null for the plain bytes. */
    private record Copy(byte[] body, String etag, String encoding) {
    }

    private final byte[] raw;
    private final Copy plain;
    private final Copy gzip;
    private final Copy brotli;

    private IndexPage(byte[] raw, byte[] brotliBytes) {
        this.raw = raw;
        String hash = hash(raw);
        this.plain = new Copy(raw, "\"" + hash + "\"", null);
        this.gzip = new Copy(gzip(raw), "\"" + hash + "-gzip\"", "gzip");
        this.brotli = brotliBytes == null ? null : new Copy(brotliBytes, "\"" + hash + "-br\"", "br");
    }

    /** The page under {@code classpathRoot} (e.g. {@code /web}). */
    static IndexPage fromClasspath(String classpathRoot) {
        byte[] raw = resource(classpathRoot + "/index.html");
        if (raw == null) {
            throw new IllegalStateException("index.html is missing from the classpath " + classpathRoot);
        }
        return new IndexPage(raw, resource(classpathRoot + "/index.html" + CompressedFiles.SUFFIX));
    }

    /** A page made from {@code raw} (the embed's variant of the page): plain and gzip, no Brotli copy. */
    static IndexPage of(byte[] raw) {
        return new IndexPage(raw, null);
    }

    /** The page's bytes, for routes that answer with the page (share links). */
    byte[] bytes() {
        return raw;
    }

    void addTo(RoutesConfig routes) {
        routes.before("/", this::serve);
        routes.before("/index.html", this::serve);
    }

    void serve(Context ctx) {
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            return;
        }
        String accepted = ctx.header("Accept-Encoding");
        Copy copy = brotli != null && CompressedFiles.acceptsBrotli(accepted) ? brotli
                : accepts(accepted, "gzip") ? gzip : plain;
        ctx.disableCompression();
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", copy.etag());
        ctx.contentType(HTML);
        if (matches(ctx.header("If-None-Match"), copy.etag())) {
            ctx.status(304);
        } else {
            if (copy.encoding() != null) {
                ctx.header("Content-Encoding", copy.encoding());
            }
            ctx.result(copy.body());
        }
        ctx.skipRemainingHandlers();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code coding} is listed with a quality above zero (RFC 9110, section 12.5.3). */
    private static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase(coding)) {
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=") || p.startsWith("Q=")) {
                        try {
                            return Double.parseDouble(p.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] resource(String name) {
        try (InputStream in = IndexPage.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
