package backprop.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads request bodies within a size limit, and JSON bodies strictly (unknown fields and
 * values of the wrong type are refused, not guessed at), turning every failure into a 4xx
 * with a message a person can act on.
 */
final class RequestBody {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // A number or boolean where text belongs is a mistake to report, not a string to make up.
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Bytes read from the socket at a time. */
    private static final int CHUNK = 16 * 1024;

    private RequestBody() {
    }

    /**
     * The body's bytes, read as they arrive within the bounds of {@code gate}: a 413 when there are
     * more than {@code maxBytes}, whatever Content-Length says; a 408 when the client stalls (no
     * bytes for the gate's read timeout, or not done within its total timeout); a 503 when the
     * gate is full. Nothing is allocated for bytes that have not arrived.
     */
    static byte[] bytes(Context ctx, UploadGate gate, long maxBytes, String what) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(what, maxBytes);
        }
        UploadGate.Limits limits = gate.limits();
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        ReadTimeout timeout = ReadTimeout.of(ctx);
        try (UploadGate.Pass pass = gate.enter(); InputStream in = ctx.bodyInputStream()) {
            byte[] buffer = new byte[CHUNK];
            byte[] data = new byte[0];
            int size = 0;
            while (true) {
                long leftNanos = deadline - System.nanoTime();
                if (leftNanos <= 0) {
                    throw tooSlow(what, limits);
                }
                timeout.set(Math.min(limits.readTimeout().toMillis(), leftNanos / 1_000_000 + 1));
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                if ((long) size + n > maxBytes) {
                    throw tooLarge(what, maxBytes);
                }
                if (size + n > data.length) {
                    // Grow by doubling, never past the cap; the gate counts what is allocated, not what arrived.
                    int capacity = (int) Math.min(maxBytes, Math.max(size + n, Math.max(CHUNK, 2L * data.length)));
                    pass.hold(capacity - data.length);
                    data = Arrays.copyOf(data, capacity);
                }
                System.arraycopy(buffer, 0, data, size, n);
                size += n;
            }
            return size == data.length ? data : Arrays.copyOf(data, size);
        } catch (IOException e) {
            if (ReadTimeout.isTimeout(e)) {
                throw tooSlow(what, limits);
            }
            throw new BadRequestResponse("The request body could not be read completely: " + e.getMessage());
        } finally {
            timeout.restore();
        }
    }

    /** A JSON object body of type {@code type}; needs {@code Content-Type: application/json}. */
    static <T> T json(Context ctx, UploadGate gate, Class<T> type, long maxBytes, String what) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (!contentType.startsWith("application/json")) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "Send " + what + " as JSON with Content-Type: application/json (got '"
                            + (contentType.isEmpty() ? "none" : contentType) + "')");
        }
        byte[] body = bytes(ctx, gate, maxBytes, what);
        if (body.length == 0) {
            throw new BadRequestResponse("The body is empty; send " + what + " as a JSON object");
        }
        try {
            T value = STRICT.readValue(Encodings.utf8Json(body), type);
            if (value == null) {
                throw new BadRequestResponse("The body is null; send " + what + " as a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new BadRequestResponse("Unknown field '" + e.getPropertyName() + "'; " + what + " has only: " + known);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new BadRequestResponse(field == null
                    ? "The body must be a JSON object (" + what + ")" + at(e.getLocation())
                    : "Field '" + field + "' has the wrong type" + at(e.getLocation()) + "; see docs/api.md");
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("The body is not valid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadRequestResponse("The body could not be read as JSON");
        }
    }

    private static HttpResponseException tooSlow(String what, UploadGate.Limits limits) {
        return new HttpResponseException(HttpStatus.REQUEST_TIMEOUT.getCode(), capitalized(what)
                + " arrived too slowly (a pause over " + limits.readTimeout().toSeconds() + " s, or not complete within "
                + limits.totalTimeout().toSeconds() + " s); send it again in one go");
    }

    private static String at(JsonLocation where) {
        if (where == null || where.getLineNr() < 1) {
            return "";
        }
        return " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static HttpResponseException tooLarge(String what, long maxBytes) {
        return new ContentTooLargeResponse(capitalized(what) + " is larger than " + Sizes.describe(maxBytes)
                + "; send less");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Sizes for messages: "5 MB", "4 KB", "900 bytes". */
    static final class Sizes {
        private Sizes() {
        }

        static String describe(long bytes) {
            if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
                return bytes / (1024 * 1024) + " MB";
            }
            if (bytes >= 1024 && bytes % 1024 == 0) {
                return bytes / 1024 + " KB";
            }
            return bytes + " bytes";
        }
    }
}
