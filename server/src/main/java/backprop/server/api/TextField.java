package backprop.server.api;

import io.javalin.http.BadRequestResponse;

/**
 * Checks a short human text (a preset's title, a dataset's name): trimmed, at most a given
 * number of characters, no control characters, no bidirectional controls (which make a text
 * display otherwise than it reads, e.g. a name that shows as "txt.exe") and no broken UTF-16
 * (which no database could store as text). Markup is kept as typed: the page shows these texts as text, never as HTML.
 */
final class TextField {

    private TextField() {
    }

    /** The trimmed text, "" for null; refuses with a 400 naming {@code field}. */
    static String clean(String value, String field, int maxChars) {
        if (value == null) {
            return "";
        }
        String s = value.strip();
        int chars = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                throw new BadRequestResponse(field + " must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + " at character " + (chars + 1) + ")");
            }
            if (isBidiControl(c)) {
                throw new BadRequestResponse(field + " must not contain bidirectional control characters (found U+"
                        + String.format("%04X", (int) c) + " at character " + (chars + 1)
                        + "): they make text display in another order than it is stored");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BadRequestResponse(field + " contains a broken character (an unpaired UTF-16 surrogate)");
            }
            chars++;
        }
        if (chars > maxChars) {
            throw new BadRequestResponse(field + " is " + chars + " characters long; at most " + maxChars
                    + " are allowed");
        }
        return s;
    }

    /** The marks and embeddings, overrides and isolates of Unicode's bidirectional algorithm (UAX #9). */
    static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
