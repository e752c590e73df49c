package backprop.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {
    @Test
    void encodesUtf8AndKeepsUnreservedCharacters() {
        assertEquals("0.83165", PercentEncoding.encode("0.83165"));
        assertEquals("a%20b%26c%3Dd%25%23%2B", PercentEncoding.encode("a b&c=d%#+"));
        assertEquals("%C3%A9%E2%82%AC%F0%9F%98%80", PercentEncoding.encode("é€\uD83D\uDE00"));
        assertEquals("%EF%BF%BD", PercentEncoding.encode("\uD800"), "a lone surrogate becomes U+FFFD");
    }

    @Test
    void decodesLikeTheJdkOnWellFormedInput() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(20);
            for (int k = 0; k < n; k++) {
                s.appendCodePoint(randomCodePoint(r));
            }
            String text = s.toString();
            String encoded = PercentEncoding.encode(text);
            assertEquals(text, PercentEncoding.decode(encoded));
            assertEquals(text, URLDecoder.decode(encoded, StandardCharsets.UTF_8), "the JDK agrees: " + encoded);
        }
    }

    @Test
    void keepsMalformedEscapesAndReplacesInvalidUtf8() {
        assertEquals("%zz", PercentEncoding.decode("%zz"));
        assertEquals("100%", PercentEncoding.decode("100%"));
        assertEquals("%4", PercentEncoding.decode("%4"));
        assertEquals("a+b", PercentEncoding.decode("a+b"), "'+' is not a space in a hash");
        assertEquals("\uFFFD", PercentEncoding.decode("%FF"));
        assertEquals("\uFFFD", PercentEncoding.decode("%C0"), "a truncated sequence");
        assertEquals("\uFFFD\uFFFD", PercentEncoding.decode("%C0%AF"), "an overlong '/'");
        assertEquals("\uFFFD\uFFFD\uFFFD", PercentEncoding.decode("%ED%A0%80"), "an encoded surrogate");
        assertEquals("x\u20ACy", PercentEncoding.decode("x%e2%82%acy"));
    }

    private static int randomCodePoint(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return 0x20 + r.nextInt(0x5F);
            case 1:
                return 0x80 + r.nextInt(0x780);
            case 2:
                int c = 0x800 + r.nextInt(0xF800);
                return c >= 0xD800 && c <= 0xDFFF ? 'x' : c;
            default:
                return 0x10000 + r.nextInt(0x100000);
        }
    }
}
