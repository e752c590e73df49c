package backprop.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as the API documents it: UTF-8, and in the query string percent-encoded UTF-8. Anything
 * else is refused with a 400 that says where, rather than read leniently (a broken escape
 * dropped, a stray byte turned into U+FFFD, a UTF-16 body guessed at) into something the client
 * never sent.
 */
public final class Encodings {

    private Encodings() {
    }

    /** Refuses a query string with a broken {@code %} escape or bytes that are not UTF-8 once decoded. */
    public static void checkQuery(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            byte[] decoded = percentDecoded(pair, name);
            try {
                strictUtf8().decode(ByteBuffer.wrap(decoded));
            } catch (CharacterCodingException e) {
                throw new BadRequestResponse("The query parameter '" + Clients.preview(name) + "' is not UTF-8 once"
                        + " decoded; percent-encode the UTF-8 bytes of the text (e.g. é as %C3%A9)");
            }
        }
    }

    /**
     * Percent-decodes to bytes by hand: {@link java.net.URLDecoder} and the engine's lenient
     * {@code PercentEncoding.decode} (which reads URL state as TensorFlow Playground does) both turn
     * bytes that are not UTF-8 into U+FFFD silently, and this check exists to refuse them.
     */
    private static byte[] percentDecoded(String pair, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pair.length());
        for (int i = 0; i < pair.length(); i++) {
            char c = pair.charAt(i);
            if (c != '%') {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int hi = i + 1 < pair.length() ? Character.digit(pair.charAt(i + 1), 16) : -1;
            int lo = i + 2 < pair.length() ? Character.digit(pair.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                String escape = pair.substring(i, Math.min(pair.length(), i + 3));
                throw new BadRequestResponse("The query parameter '" + Clients.preview(name) + "' has a broken escape '"
                        + escape + "': '%' must be followed by two hex digits (write '%' itself as %25)");
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /**
     * A JSON body as text: UTF-8 only (RFC 8259), a leading byte order mark ignored. A body in
     * UTF-16 or UTF-32 (NUL bytes, or their byte order marks) is named as such.
     */
    static String utf8Json(byte[] body) {
        if (looksLikeUtf16Or32(body)) {
            throw new BadRequestResponse("The body looks like UTF-16 or UTF-32; send the JSON as UTF-8");
        }
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length); // UTF-8 never has more characters than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadRequestResponse("The body is not valid UTF-8 (at byte " + (in.position() + 1)
                    + "); send the JSON as UTF-8");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean looksLikeUtf16Or32(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return true;
        }
        // JSON text starts with an ASCII character; in UTF-16/32 one of its first two bytes is NUL.
        return b.length >= 2 && (b[0] == 0 || b[1] == 0);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
