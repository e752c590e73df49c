package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The textbook example's keys: defaults, a round trip, and the problems bad values leave. */
class TextbookKeysTest {
    @Test
    void defaultsAreTheClassicExampleAndAreNotWritten() {
        Preset p = new Preset();
        assertFalse(p.textbook);
        assertArrayEquals(new double[] {0.05, 0.1}, p.tbIn);
        assertArrayEquals(new double[] {0.01, 0.99}, p.tbT);
        assertArrayEquals(new double[] {0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55}, p.tbW);
        assertArrayEquals(new double[] {0.35, 0.35, 0.6, 0.6}, p.tbB);
        assertEquals(0.5, p.tbRate);
        assertTrue(p.tbFixedBiases);
        assertFalse(PresetCodec.encode(p).contains("tb"));
    }

    @Test
    void customNumbersRoundTrip() {
        DecodeResult r = PresetCodec.decode("#textbook=true&tbIn=1,-2.5&tbT=0.2,0.8&tbW=1,2,3,4,5,6,7,8.125"
                + "&tbB=0.1,0.2,0.3,0.4&tbRate=0.25&tbFixedBiases=false");
        assertEquals(List.of(), r.problems);
        Preset p = r.preset;
        assertTrue(p.textbook);
        assertArrayEquals(new double[] {1, -2.5}, p.tbIn);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8.125}, p.tbW);
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, p.tbB);
        assertEquals(0.25, p.tbRate);
        assertFalse(p.tbFixedBiases);
        String text = PresetCodec.encode(p);
        assertTrue(text.contains("tbW=1,2,3,4,5,6,7,8.125"), text);
        assertEquals(p, PresetCodec.decode(text).preset);
    }

    @Test
    void badValuesKeepTheDefaultAndSayWhy() {
        DecodeResult r = PresetCodec.decode("#tbIn=0.05,abc&tbW=1,2,3&tbB=1,2,3&tbT=5000,1&tbRate=-1");
        assertEquals(List.of(
                "tbIn: '0.05,abc' is not a list of 2 numbers separated by commas; kept 0.05,0.1",
                "tbT: '5000,1' has a number outside [-1000, 1000]; used 1000,1",
                "tbW: '1,2,3' is not a list of 8 numbers separated by commas; kept 0.15,0.2,0.25,0.3,0.4,0.45,0.5,0.55",
                "tbB: '1,2,3' is not a list of 4 numbers separated by commas; kept 0.35,0.35,0.6,0.6",
                "tbRate: '-1' is not above 0; kept 0.5"), r.problems);
        Preset expected = new Preset();
        expected.tbT = new double[] {1000, 1};
        assertEquals(expected, r.preset);
    }
}
