package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An impossible {@code networkShape} in an address never becomes a network silently: the problem
 * names the value and what a layer may have, and the shape used is the closest that fits (or the
 * default when the value is not a list of numbers at all).
 */
class NetworkShapeReadingTest {

    /** The one problem reading {@code hash} leaves, asserting the preset is valid. */
    private static String problem(DecodeResult r) {
        assertEquals(1, r.problems.size(), r.problems.toString());
        assertEquals(List.of(), Limits.violations(r.preset));
        return r.problems.get(0);
    }

    @Test
    void aNegativeLayerIsReportedAndBecomesTheSmallestLayer() {
        DecodeResult r = PresetCodec.decode("networkShape=-1");
        assertEquals("networkShape: '-1' has a layer of -1 neurons, but a layer has 1 to 16; "
                + "used '1', the closest shape that fits", problem(r));
        assertArrayEquals(new int[] {1}, r.preset.networkShape);
    }

    @Test
    void anEmptyLayerAndATooLargeOneAreBothNamed() {
        DecodeResult r = PresetCodec.decode("networkShape=0,17");
        assertEquals("networkShape: '0,17' has layers of 0 and 17 neurons, but a layer has 1 to 16; "
                + "used '1,16', the closest shape that fits", problem(r));
        assertArrayEquals(new int[] {1, 16}, r.preset.networkShape);
    }

    @Test
    void lettersKeepTheDefaultShape() {
        DecodeResult r = PresetCodec.decode("networkShape=abc");
        assertEquals("networkShape: 'abc' is not a list of whole numbers like 4,2; kept 4,2", problem(r));
        assertArrayEquals(new Preset().networkShape, r.preset.networkShape);
    }

    @Test
    void tooManyLayersAndABadSizeAreSaidTogether() {
        DecodeResult r = PresetCodec.decode("networkShape=2,2,2,2,2,2,2,2,40");
        assertEquals(8, Limits.MAX_HIDDEN_LAYERS, "the example below has one layer too many");
        assertEquals("networkShape: '2,2,2,2,2,2,2,2,40' has a layer of 40 neurons, but a layer has 1 to 16 and more "
                + "than 8 layers; used '2,2,2,2,2,2,2,2', the closest shape that fits", problem(r));
    }

    @Test
    void aValidShapeHasNoProblem() {
        DecodeResult r = PresetCodec.decode("networkShape=16,1");
        assertEquals(List.of(), r.problems);
        assertArrayEquals(new int[] {16, 1}, r.preset.networkShape);
    }
}
