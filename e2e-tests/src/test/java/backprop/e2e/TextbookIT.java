package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The textbook example's view: numbers set in the address come back through
 * {@code window.playground.textbook()} as the chain rule written out here computes them; the
 * "biases fixed" box; values the address or a field cannot use are refused with a message.
 */
class TextbookIT extends PageTestBase {
    private static final double[] IN = {-1.5, 0.7};
    private static final double[] T = {0.9, 0.2};
    private static final double[] W = {0.3, -0.8, 1.1, 0.05, -0.6, 0.9, 0.25, -1.3};
    private static final double[] B = {0.1, -0.2, 0.4, -0.05};
    private static final double RATE = 1.7;
    private static final String CUSTOM = "textbook=true&tbIn=-1.5,0.7&tbT=0.9,0.2&tbW=0.3,-0.8,1.1,0.05,-0.6,0.9,0.25,-1.3"
            + "&tbB=0.1,-0.2,0.4,-0.05&tbRate=1.7";

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** By hand: [out o1, out o2, E, dE/dw1..8, dE/db1..4]. */
    private static double[] byHand(double[] i, double[] t, double[] w, double[] b) {
        double outH1 = sigmoid(w[0] * i[0] + w[1] * i[1] + b[0]);
        double outH2 = sigmoid(w[2] * i[0] + w[3] * i[1] + b[1]);
        double outO1 = sigmoid(w[4] * outH1 + w[5] * outH2 + b[2]);
        double outO2 = sigmoid(w[6] * outH1 + w[7] * outH2 + b[3]);
        double e = 0.5 * (t[0] - outO1) * (t[0] - outO1) + 0.5 * (t[1] - outO2) * (t[1] - outO2);
        double dO1 = (outO1 - t[0]) * outO1 * (1 - outO1);
        double dO2 = (outO2 - t[1]) * outO2 * (1 - outO2);
        double dH1 = (dO1 * w[4] + dO2 * w[6]) * outH1 * (1 - outH1);
        double dH2 = (dO1 * w[5] + dO2 * w[7]) * outH2 * (1 - outH2);
        return new double[] {outO1, outO2, e, dH1 * i[0], dH1 * i[1], dH2 * i[0], dH2 * i[1],
            dO1 * outH1, dO1 * outH2, dO2 * outH1, dO2 * outH2, dH1, dH2, dO1, dO2};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> numbers() {
        return (Map<String, Object>) js("return window.playground.textbook();");
    }

    private static double[] list(Map<String, Object> json, String key) {
        List<Object> values = (List<Object>) json.get(key);
        double[] d = new double[values.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) values.get(i)).doubleValue();
        }
        return d;
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9, what + " " + (i + 1));
        }
    }

    private static void assertMatchesHand(Map<String, Object> json, double[] i, double[] t, double[] w, double[] b,
            double rate, boolean fixed) {
        double[] h = byHand(i, t, w, b);
        assertClose(new double[] {h[0], h[1]}, list(json, "outputs"), "output");
        assertEquals(h[2], ((Number) json.get("totalError")).doubleValue(), 1e-9, "total error");
        double[] dw = new double[8];
        double[] wAfter = new double[8];
        for (int n = 0; n < 8; n++) {
            dw[n] = h[3 + n];
            wAfter[n] = w[n] - rate * dw[n];
        }
        double[] db = new double[4];
        double[] bAfter = new double[4];
        for (int j = 0; j < 4; j++) {
            db[j] = h[11 + j];
            bAfter[j] = fixed ? b[j] : b[j] - rate * db[j];
        }
        assertClose(dw, list(json, "weightGradients"), "dE/dw");
        assertClose(db, list(json, "biasGradients"), "dE/db");
        assertClose(wAfter, list(json, "updatedWeights"), "updated w");
        assertClose(bAfter, list(json, "updatedBiases"), "updated b");
        assertEquals(fixed, json.get("biasesFixed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void customNumbersInTheAddressComeBackAsTheChainRuleComputesThem(String engine) {
        Playground.openReady("/?engine=" + engine + "#" + CUSTOM + "&tbFixedBiases=false");
        assertEquals("full", js("return window.playground.build();"), "the view is in the full build");
        assertTrue(driver().findElement(By.id("textbook")).isDisplayed());
        assertTrue(!driver().findElement(By.id("data-column")).isDisplayed(), "the playground's columns give way");
        assertTrue(!driver().findElement(By.id("learningRate")).isDisplayed() && !driver().findElement(By.id("play")).isDisplayed(),
                "the playground's training controls give way too");
        assertMatchesHand(numbers(), IN, T, W, B, RATE, false);
        assertEquals("-0.8", driver().findElement(By.id("tb-w2")).getDomProperty("value"));
        // Nine significant digits by default, every digit on request.
        WebElement out = driver().findElement(By.id("tb-out-o1"));
        double exact = Double.parseDouble(out.getDomAttribute("data-value"));
        assertEquals(exact, Double.parseDouble(out.getText()), 5e-9 * Math.abs(exact) + 1e-15);
        assertTrue(out.getText().replace("0.", "").replace("-", "").length() >= 9, out.getText());
        driver().findElement(By.id("tb-all-digits")).click();
        waitFor(Waits.REACTION, d -> Double.parseDouble(d.findElement(By.id("tb-out-o1")).getText()) == exact);
    }

    @Test
    void theDefaultsAreTheClassicExampleAndTheBiasesFixedBoxLetsThemLearn() {
        double[] i = {0.05, 0.1};
        double[] t = {0.01, 0.99};
        double[] w = {0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55};
        double[] b = {0.35, 0.35, 0.6, 0.6};
        Playground.openReady("/#textbook=true");
        assertMatchesHand(numbers(), i, t, w, b, 0.5, true);
        WebElement fixed = driver().findElement(By.id("tb-fixed"));
        assertTrue(fixed.isSelected());
        fixed.click();
        waitFor(Waits.REACTION, d -> Playground.hash().contains("tbFixedBiases=false"));
        assertMatchesHand(numbers(), i, t, w, b, 0.5, false);
        driver().findElement(By.id("tb-fixed")).click();
        waitFor(Waits.REACTION, d -> !Playground.hash().contains("tbFixedBiases"));
        assertMatchesHand(numbers(), i, t, w, b, 0.5, true);
    }

    @Test
    void aFieldChangesTheExampleAndTheAddress() {
        Playground.openReady("/#" + CUSTOM);
        WebElement w5 = driver().findElement(By.id("tb-w5"));
        w5.clear();
        w5.sendKeys("0.75", Keys.TAB);
        waitFor(Waits.REACTION, d -> Playground.hash().contains("tbW=0.3,-0.8,1.1,0.05,0.75,0.9,0.25,-1.3"));
        double[] w = W.clone();
        w[4] = 0.75;
        assertMatchesHand(numbers(), IN, T, w, B, RATE, true);
    }

    @Test
    void badValuesAreRefusedWithAClearMessage() {
        Playground.openReady("/#textbook=true&tbW=1,2,3&tbRate=fast");
        WebElement notice = driver().findElement(By.id("notice"));
        waitFor(Waits.REACTION, d -> notice.isDisplayed());
        assertTrue(notice.getText().contains("tbW: '1,2,3' is not a list of 8 numbers"), notice.getText());
        assertTrue(notice.getText().contains("tbRate: 'fast' is not a number"), notice.getText());
        double[] w = {0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55};
        assertClose(w, list(numbers(), "weights"), "the default weights kept");

        WebElement w3 = driver().findElement(By.id("tb-w3"));
        w3.clear();
        w3.sendKeys("abc", Keys.TAB);
        WebElement error = driver().findElement(By.id("tb-error"));
        waitFor(Waits.REACTION, d -> error.getText().startsWith("w3: tbW: "));
        assertTrue(error.getText().endsWith("is not a list of 8 numbers separated by commas; the example is unchanged."),
                error.getText());
        assertEquals("true", w3.getDomAttribute("aria-invalid"));
        assertClose(w, list(numbers(), "weights"), "the weights unchanged");
    }
}
