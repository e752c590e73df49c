package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson keys: written only when set, read back exactly, and bad values named with what was used. */
class LessonKeysTest {
    private static DecodeResult decode(String hash) {
        return PresetCodec.decode(hash);
    }

    @Test
    void theDefaultsAreNotWritten() {
        String link = PresetCodec.encode(new Preset());
        assertTrue(!link.contains("lesson"), link);
    }

    @Test
    void aTeachersLinkRoundTrips() {
        Preset p = new Preset();
        p.lesson = 3;
        p.lessonInputs = new double[] {-1.5, 2};
        p.lessonTarget = 0.75;
        p.lessonWeights = new double[] {1, -2, 0.25, 3, -0.5, 10};
        p.lessonBiases = new double[] {0, -10, 0.125};
        p.lessonRate = 42;
        String link = PresetCodec.encode(p);
        assertTrue(link.endsWith("&lesson=3&lessonX=-1.5,2&lessonT=0.75&lessonW=1,-2,0.25,3,-0.5,10"
                + "&lessonB=0,-10,0.125&lessonRate=42"), link);
        DecodeResult back = decode(link);
        assertEquals(List.of(), back.problems);
        assertEquals(p, back.preset);
    }

    @Test
    void aListOfTheWrongLengthIsKeptWithAMessage() {
        DecodeResult r = decode("lessonW=1,2,3");
        assertArrayEquals(new Preset().lessonWeights, r.preset.lessonWeights);
        assertEquals(1, r.problems.size());
        assertTrue(r.problems.get(0).contains("lessonW") && r.problems.get(0).contains("6 numbers"),
                r.problems.get(0));
    }

    @Test
    void aWordInTheListIsKeptWithAMessage() {
        DecodeResult r = decode("lessonX=1,two");
        assertArrayEquals(new Preset().lessonInputs, r.preset.lessonInputs);
        assertTrue(r.problems.get(0).contains("lessonX"), r.problems.get(0));
    }

    @Test
    void numbersOutsideTheirRangeAreClampedWithAMessage() {
        DecodeResult r = decode("lessonB=0,99,-99&lesson=9&lessonT=2");
        assertArrayEquals(new double[] {0, Limits.LESSON_MAX_WEIGHT, -Limits.LESSON_MAX_WEIGHT}, r.preset.lessonBiases);
        assertEquals(Limits.LESSON_CHAPTERS, r.preset.lesson);
        assertEquals(1, r.preset.lessonTarget);
        assertEquals(3, r.problems.size(), r.problems.toString());
        assertTrue(r.problems.toString().contains("lessonB"), r.problems.toString());
    }

    @Test
    void aRateOfZeroIsRefused() {
        DecodeResult r = decode("lessonRate=0");
        assertEquals(new Preset().lessonRate, r.preset.lessonRate);
        assertEquals(1, r.problems.size());
    }
}
