package backprop.engine.text;

/**
 * Percent-encoding of URL text as UTF-8 (RFC 3986), written out by hand: it
 * never throws, so hostile input cannot break the page. Malformed escapes
 * ("%zz", a lone "%") stay as they are; invalid UTF-8 becomes U+FFFD.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Keeps A–Z a–z 0–9 - . _ ~ and writes every other character as %XX of its UTF-8 bytes. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnreserved(c)) {
                out.append(c);
                continue;
            }
            int cp = c;
            if (isHigh(c) && i + 1 < s.length() && isLow(s.charAt(i + 1))) {
                cp = 0x10000 + ((c - 0xD800) << 10) + (s.charAt(i + 1) - 0xDC00);
                i++;
            } else if (isHigh(c) || isLow(c)) {
                cp = 0xFFFD;
            }
            if (cp < 0x80) {
                appendByte(out, cp);
            } else if (cp < 0x800) {
                appendByte(out, 0xC0 | (cp >> 6));
                appendByte(out, 0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                appendByte(out, 0xE0 | (cp >> 12));
                appendByte(out, 0x80 | ((cp >> 6) & 0x3F));
                appendByte(out, 0x80 | (cp & 0x3F));
            } else {
                appendByte(out, 0xF0 | (cp >> 18));
                appendByte(out, 0x80 | ((cp >> 12) & 0x3F));
                appendByte(out, 0x80 | ((cp >> 6) & 0x3F));
                appendByte(out, 0x80 | (cp & 0x3F));
            }
        }
        return out.toString();
    }

    /** Replaces each run of %XX escapes by the UTF-8 text it spells; everything else is kept ('+' too). */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] bytes = new int[s.length() / 3 + 1];
        int i = 0;
        while (i < s.length()) {
            int count = 0;
            while (i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes[count++] = hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2));
                i += 3;
            }
            if (count > 0) {
                appendUtf8(out, bytes, count);
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Decodes bytes[0..count) as UTF-8; each byte that starts no valid sequence becomes U+FFFD. */
    private static void appendUtf8(StringBuilder out, int[] bytes, int count) {
        int i = 0;
        while (i < count) {
            int b = bytes[i];
            int need;
            int cp;
            int min;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            int k = 1;
            while (k <= need && i + k < count && (bytes[i + k] & 0xC0) == 0x80) {
                cp = (cp << 6) | (bytes[i + k] & 0x3F);
                k++;
            }
            if (k <= need || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            if (cp >= 0x10000) {
                out.append((char) (0xD800 + ((cp - 0x10000) >> 10))).append((char) (0xDC00 + ((cp - 0x10000) & 0x3FF)));
            } else {
                out.append((char) cp);
            }
            i += need + 1;
        }
    }

    public static boolean isHigh(char c) {
        return c >= 0xD800 && c <= 0xDBFF;
    }

    public static boolean isLow(char c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
