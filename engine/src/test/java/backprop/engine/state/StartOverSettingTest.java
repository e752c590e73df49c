package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The {@code startOver} setting (TensorFlow Playground's reset on every change of shape) in the URL. */
class StartOverSettingTest {
    @Test
    void offByDefaultAndNotWritten() {
        Preset p = new Preset();
        assertFalse(p.startOver);
        assertFalse(PresetCodec.encode(p).contains("startOver"));
        assertFalse(PresetCodec.decode("").preset.startOver);
    }

    @Test
    void travelsInTheUrl() {
        Preset p = new Preset();
        p.startOver = true;
        String text = PresetCodec.encode(p);
        assertTrue(text.endsWith("&startOver=true"), text);
        DecodeResult back = PresetCodec.decode("#" + text);
        assertTrue(back.problems.isEmpty(), back.problems.toString());
        assertTrue(back.preset.startOver);
        assertEquals(p, back.preset);
        assertEquals(text, PresetCodec.encode(back.preset));
        assertFalse(PresetCodec.decode("startOver=false").preset.startOver);
    }

    @Test
    void countsInEqualityAndCopies() {
        Preset a = new Preset();
        Preset b = a.copy();
        b.startOver = true;
        assertNotEquals(a, b);
        assertTrue(b.copy().startOver);
        assertEquals(b, b.copy());
        assertEquals(b.hashCode(), b.copy().hashCode());
    }
}
