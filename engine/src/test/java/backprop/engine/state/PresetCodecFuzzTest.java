package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile links never break the decoder and always give a valid preset. */
class PresetCodecFuzzTest {
    private static final String[] KEYS;
    private static final String[] HOSTILE = {
        "", " ", "abc", "NaN", "Infinity", "-Infinity", "-0", "0", "1", "-1", "1e400", "-1e400", "1e-400",
        "999999999", "999999999,", "-999999999", "2147483648", "4.5", "%zz", "%", "%E2%82", "%C0%AF", "%00", "==",
        "&&&==", "0x10", " 5 ", "4,,2", ",", ",,,", "true", "false", "TRUE", "auto", "softmax", "\uD800", "\u0000",
        "1e", ".", "+", "1,2,3,4,5,6,7,8,9,10,11,12,13", "0,0,0", "256,257", "\u00E9\u20AC", "%F0%9F%98%80",
        "12345678901234567890123456789", "1.7976931348623157e308", "4.9e-324", "#", "?", "=&=", "a=b=c",
    };

    static {
        List<String> keys = new ArrayList<>();
        for (Key<?> key : Keys.ALL) {
            keys.add(key.name());
        }
        keys.addAll(List.of("dataset_hide", "noise_hide", "_hide", "x_hide", "tutorial", "", "%78", "learningRate "));
        KEYS = keys.toArray(new String[0]);
    }

    @Test
    void hundredThousandRandomAndHostileLinks() {
        Random r = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            String hash = link(r, i);
            Preset p = new Preset();
            List<String> problems = new ArrayList<>();
            // the reader itself, so that an exception would fail the test instead of meeting decode's safety net
            new PresetReader(p, problems).read(hash);
            assertEquals(List.of(), Limits.violations(p), hash);
            for (String problem : problems) {
                if (problem.length() > 300) {
                    throw new AssertionError("problem message too long: " + problem.length());
                }
            }
            String canonical = PresetCodec.encode(p);
            DecodeResult again = PresetCodec.decode(canonical);
            assertEquals(List.of(), again.problems, canonical);
            assertEquals(p, again.preset, canonical);
        }
    }

    private static String link(Random r, int i) {
        switch (i % 5) {
            case 0:
                return randomChars(r, r.nextInt(200));
            case 1:
                return randomBytes(r, r.nextInt(100));
            case 2:
            case 3:
                return structured(r);
            default:
                return r.nextInt(20) == 0 ? longValue(r) : structured(r) + randomChars(r, r.nextInt(20));
        }
    }

    private static String randomChars(Random r, int n) {
        StringBuilder s = new StringBuilder();
        String specials = "&=%#,.-+ _";
        for (int k = 0; k < n; k++) {
            int kind = r.nextInt(4);
            if (kind == 0) {
                s.append(specials.charAt(r.nextInt(specials.length())));
            } else if (kind == 1) {
                s.append((char) r.nextInt(0x80));
            } else {
                s.append((char) r.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    private static String randomBytes(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.append(r.nextBoolean() ? "%" + Integer.toHexString(0x100 | r.nextInt(256)).substring(1) : "=&".charAt(r.nextInt(2)) + "");
        }
        return s.toString();
    }

    private static String structured(Random r) {
        StringBuilder s = new StringBuilder(r.nextBoolean() ? "#" : "");
        int n = r.nextInt(30);
        for (int k = 0; k < n; k++) {
            s.append(k == 0 ? "" : "&").append(KEYS[r.nextInt(KEYS.length)]);
            if (r.nextInt(10) != 0) {
                s.append('=').append(r.nextInt(3) == 0 ? randomChars(r, r.nextInt(12)) : HOSTILE[r.nextInt(HOSTILE.length)]);
            }
        }
        return s.toString();
    }

    private static String longValue(Random r) {
        String key = KEYS[r.nextInt(KEYS.length)];
        String unit = new String[] {"9", "1,", "%", "a", "\uD83D\uDE00", "0.", "&", "="}[r.nextInt(8)];
        return key + "=" + unit.repeat(1 + r.nextInt(12_000));
    }
}
