package backprop.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the Brotli copies {@link Precompress} made at build time ({@code <file>.br} beside each
 * compiled page file on the classpath) to browsers whose {@code Accept-Encoding} allows
 * {@code br}. Any other request, and any file without a copy, falls through to the static
 * files (gzip-compressed by Javalin when the browser accepts gzip).
 *
 * <p>Same caching as every page file: {@code no-cache}, with an ETag of the compressed bytes so a
 * revalidation costs a 304.
 */
final class CompressedFiles {
    static final String SUFFIX = ".br";
    private static final Map<String, String> TYPES = Map.of(".wasm", "application/wasm", ".js", "text/javascript");

    private record Copy(byte[] body, String etag, String contentType) {
    }

    private final String classpathRoot;
    private final Map<String, Optional<Copy>> copies = new ConcurrentHashMap<>();

    /** {@code classpathRoot}: where the page's files lie on the classpath, e.g. {@code /web}. */
    CompressedFiles(String classpathRoot) {
        this.classpathRoot = classpathRoot;
    }

    void addTo(RoutesConfig routes, String hostedPattern) {
        routes.before(hostedPattern, this::serve);
    }

    private void serve(Context ctx) {
        if (ctx.method() != HandlerType.GET || !acceptsBrotli(ctx.header("Accept-Encoding"))) {
            return;
        }
        Optional<Copy> found = copies.computeIfAbsent(ctx.path(), this::load);
        if (found.isEmpty()) {
            return;
        }
        Copy copy = found.get();
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", copy.etag());
        if (copy.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
        } else {
            ctx.disableCompression();
            ctx.contentType(copy.contentType());
            ctx.header("Content-Encoding", "br");
            ctx.result(copy.body());
        }
        ctx.skipRemainingHandlers();
    }

    private Optional<Copy> load(String path) {
        String type = contentType(path);
        if (type == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
            return Optional.empty();
        }
        try (InputStream in = CompressedFiles.class.getResourceAsStream(classpathRoot + path + SUFFIX)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            return Optional.of(new Copy(body, etag(body), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String path) {
        for (Map.Entry<String, String> e : TYPES.entrySet()) {
            if (path.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"br-" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code br} is listed with a quality above zero (RFC 9110, section 12.5.3). */
    static boolean acceptsBrotli(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.trim().split(";");
            if (!parts[0].trim().equalsIgnoreCase("br")) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        return Double.parseDouble(param.substring(2)) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }
}
