package backprop.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaletteTest {
    private final Palette palette = new Palette();

    private int rgb(double value) {
        int i = Palette.index(value);
        return (palette.red(i) & 0xff) << 16 | (palette.green(i) & 0xff) << 8 | (palette.blue(i) & 0xff);
    }

    @Test
    void theEndsAreTheTwoColoursAndZeroIsNearWhite() {
        assertEquals(0xf59322, rgb(-1));
        assertEquals(0x0877bd, rgb(1));
        // 0 falls on index 128 of 0..255, a step of 2/255 on the blue side: nearly the middle grey
        int middle = rgb(0);
        assertEquals(0xe8, (middle >> 16) & 0xff, 2);
        assertEquals(0xea, (middle >> 8) & 0xff, 2);
        assertEquals(0xeb, middle & 0xff, 2);
    }

    @Test
    void valuesAreClampedAndNonFiniteOnesAreNeutral() {
        assertEquals(0, Palette.index(-5));
        assertEquals(Palette.STEPS - 1, Palette.index(5));
        assertEquals(0, Palette.index(Double.NEGATIVE_INFINITY));
        assertEquals(Palette.STEPS - 1, Palette.index(Double.POSITIVE_INFINITY));
        assertEquals(Palette.index(0), Palette.index(Double.NaN));
    }

    @Test
    void halfWayToAnEndIsHalfWayInEachChannel() {
        int orange = rgb(-0.5);
        assertEquals((0xe8 + 0xf5) / 2.0, (orange >> 16) & 0xff, 1);
        assertEquals((0xea + 0x93) / 2.0, (orange >> 8) & 0xff, 1);
        assertEquals((0xeb + 0x22) / 2.0, orange & 0xff, 1);
        int blue = rgb(0.5);
        assertEquals((0xe8 + 0x08) / 2.0, (blue >> 16) & 0xff, 1);
        assertEquals((0xea + 0x77) / 2.0, (blue >> 8) & 0xff, 1);
        assertEquals((0xeb + 0xbd) / 2.0, blue & 0xff, 1);
    }

    @Test
    void aClassColourFadesToWhiteAtNoStrength() {
        assertEquals(255, Palette.classChannel(2, 0, 0));
        assertEquals(0x2c, Palette.classChannel(2, 0, 1));
        assertEquals(Palette.classChannel(0, 1, 0.5), Palette.classChannel(Palette.CLASS_COLOURS.length, 1, 0.5));
        assertEquals("#f59322", Palette.colourOf(-0.1));
        assertEquals("#0877bd", Palette.colourOf(0));
    }
}
