package backprop.server.api;

import backprop.engine.digits.DigitsSplit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The MNIST digits file ({@code datasets/mnist-10k.bin.gz}, packaged on the classpath under
 * {@code /datasets}), held in memory and served as it is: it is gzip already, so it goes out
 * with no transfer compression and an exact {@code Content-Length} (the page's progress bar).
 *
 * <ul>
 * <li>{@code GET /data/mnist-10k-<first 8 hex digits of its SHA-256>.bin.gz}: the file,
 *     {@code Cache-Control: public, max-age=31536000, immutable} — a new file gets a new name.</li>
 * <li>{@code GET /data/mnist-10k.bin.gz}: the same bytes under a stable name, revalidated each
 *     time ({@code no-cache} with an {@code ETag}: a 304 when unchanged).</li>
 * <li>{@code GET /api/digits}: where the file is and what it holds, for the page:
 *     {@code {url, sha256, bytes, count, width, height, train, test}}.</li>
 * </ul>
 */
public final class DigitsData implements Api {

    public static final String RESOURCE = "/datasets/mnist-10k.bin.gz";
    public static final String STABLE_URL = "/data/mnist-10k.bin.gz";
    public static final String CONTENT_TYPE = "application/octet-stream";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** What {@code GET /api/digits} answers. */
    public record Manifest(String url, String sha256, int bytes, int count, int width, int height, int train,
            int test) {
    }

    private final byte[] file;
    private final String sha256;
    private final Manifest manifest;

    /** Serves {@code file}, a digits file gzip-compressed (its header gives count, width and height). */
    public DigitsData(byte[] file) {
        this.file = file.clone();
        this.sha256 = sha256(file);
        int[] header = header(file);
        DigitsSplit split = DigitsSplit.standard(header[0]);
        this.manifest = new Manifest(hashedUrl(), sha256, file.length, header[0], header[1], header[2],
                split.trainCount(), split.testCount());
    }

    /** The packaged file, checked against the SHA-256 recorded beside it (a mismatch stops the server). */
    public static DigitsData classpath() {
        byte[] file = resource(RESOURCE);
        String recorded = new String(resource(RESOURCE + ".sha256"), StandardCharsets.US_ASCII).trim();
        DigitsData data = new DigitsData(file);
        if (!recorded.startsWith(data.sha256 + " ")) {
            throw new IllegalStateException(RESOURCE + " has SHA-256 " + data.sha256 + ", but " + RESOURCE
                    + ".sha256 records " + recorded);
        }
        return data;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** {@code /data/mnist-10k-<sha8>.bin.gz}. */
    public String hashedUrl() {
        return "/data/mnist-10k-" + sha256.substring(0, 8) + ".bin.gz";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        Routes.getAndHead(routes, hashedUrl(), ctx -> send(ctx, IMMUTABLE));
        Routes.getAndHead(routes, STABLE_URL, this::sendRevalidated);
        Routes.getAndHead(routes, "/api/digits", ctx -> ctx.json(manifest));
    }

    private void sendRevalidated(Context ctx) {
        String etag = "\"" + sha256 + "\"";
        ctx.header("ETag", etag);
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            ctx.header("Cache-Control", "no-cache");
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        send(ctx, "no-cache");
    }

    private void send(Context ctx, String cacheControl) {
        ctx.disableCompression();
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Content-Length", String.valueOf(file.length));
        ctx.contentType(CONTENT_TYPE);
        ctx.result(file);
    }

    /** [count, width, height] from the BPDG header inside the gzip data. */
    private static int[] header(byte[] gz) {
        byte[] h = new byte[16];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            if (in.readNBytes(h, 0, 16) != 16 || h[0] != 'B' || h[1] != 'P' || h[2] != 'D' || h[3] != 'G') {
                throw new IllegalStateException("the digits file has no BPDG header");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the digits file is not gzip data", e);
        }
        int width = (h[6] & 0xFF) << 8 | (h[7] & 0xFF);
        int height = (h[8] & 0xFF) << 8 | (h[9] & 0xFF);
        int count = (h[12] & 0xFF) << 24 | (h[13] & 0xFF) << 16 | (h[14] & 0xFF) << 8 | (h[15] & 0xFF);
        return new int[] {count, width, height};
    }

    private static byte[] resource(String name) {
        try (InputStream in = DigitsData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath (the server module packages datasets/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
