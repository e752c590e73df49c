package backprop.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textEscapesTheFourCharactersThatCouldOpenMarkup() {
        assertEquals("a&lt;b &amp; &quot;c&quot;&gt; d", new Html().text("a<b & \"c\"> d").toString());
    }

    @Test
    void tagsCarryAClassOnlyWhenGiven() {
        assertEquals("<p><ul class=\"rows\"></ul></p>",
                new Html().open("p", null).open("ul", "rows").close("ul").close("p").toString());
    }

    @Test
    void aNumberShowsFourSignificantDigitsAndKeepsItsExactValue() {
        assertEquals("<span class=\"num\" id=\"z\" data-value=\"0.123456789\">0.1235</span>",
                new Html().num("z", 0.123456789).toString());
        assertEquals("<span class=\"num\" data-value=\"-1234.5678\">-1235</span>",
                new Html().num(null, -1234.5678).toString());
    }

    @Test
    void theShownTextOfANumberIsEscapedToo() {
        assertEquals("<span class=\"num\" data-value=\"1.0\">&lt;1&gt;</span>", new Html().num(null, 1, "<1>").toString());
    }

    @Test
    void aNegativeFactorIsBracketedSoThatAProductReadsRight() {
        String negative = new Html().factor(null, -1.5).toString();
        assertEquals("(" + new Html().num(null, -1.5) + ")", negative);
        assertEquals(new Html().num(null, 1.5).toString(), new Html().factor(null, 1.5).toString());
        assertEquals(new Html().num(null, 0).toString(), new Html().factor(null, 0).toString());
    }

    @Test
    void aPreciseWeightShowsItsChangeInAboutThreeSignificantDigits() {
        double before = 0.123456789;
        double change = 0.000123; // first significant digit at 10^-4: 2 + 4 = 6 decimals
        assertEquals("0.123457", Html.precise(before, change));
        assertEquals("0.123580", Html.precise(before + change, change));
        assertNotEquals(Html.precise(before, change), Html.precise(before + change, change));
    }

    @Test
    void preciseKeepsBetweenFourAndTwelveDecimals() {
        assertEquals("0.5000", Html.precise(0.5, 0.5));
        assertEquals("0.5000", Html.precise(0.5, 0));
        assertEquals("0.5000", Html.precise(0.5, 3));
        assertEquals("0.50000", Html.precise(0.5, 0.001));
        assertEquals("1.000000000000", Html.precise(1, 1e-20));
        assertEquals("0.50000", Html.precise(0.5, -0.001));
    }

    @Test
    void aWriterForAllDigitsShowsEveryNumberAndWeightExactly() {
        double v = 0.1 + 0.2;
        assertEquals("<span class=\"num\" data-value=\"0.30000000000000004\">0.30000000000000004</span>",
                new Html(true).num(null, v).toString());
        assertEquals(new Html(true).num("w", 0.123456789).toString(), new Html(true).weight("w", 0.123456789, 0.000123).toString());
        assertEquals(new Html().num("w", 0.123456789, "0.123457").toString(), new Html().weight("w", 0.123456789, 0.000123).toString());
        assertEquals("<span class=\"num\" data-value=\"3.2291234E-9\">3.229e-9</span>", new Html().num(null, 3.2291234e-9).toString());
    }
}
