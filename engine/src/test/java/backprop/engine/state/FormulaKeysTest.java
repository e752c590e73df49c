package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Dataset;
import backprop.engine.data.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed functions' keys: defaults left out, round trips through the URL, bad formulas kept out. */
class FormulaKeysTest {
    @Test
    void defaultsAreNotWrittenAndTensorFlowLinksOpenUnchanged() {
        Preset p = new Preset();
        assertEquals("2*sin(x)", p.formula);
        assertEquals("sin(x)*cos(y)", p.regFormula);
        assertEquals("", p.featureFormulas);
        String url = PresetCodec.encode(p);
        assertFalse(url.contains("ormula"), url);
        DecodeResult tf = PresetCodec.decode("#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
                + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.5&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
                + "&initZero=false&hideText=false");
        assertEquals(List.of(), tf.problems);
        assertEquals(Dataset.CIRCLE, tf.preset.dataset);
        assertEquals("2*sin(x)", tf.preset.formula);
    }

    @Test
    void typedFunctionsRoundTripInCanonicalForm() {
        DecodeResult r = PresetCodec.decode("#dataset=formula&formula=" + "x%5E2%2F4%20-%203"
                + "&regFormula=sin(3x)%2By&featureFormulas=x%2Ay%2Ay%2Csin(3x)");
        assertEquals(List.of(), r.problems);
        assertEquals(Dataset.FORMULA, r.preset.dataset);
        assertEquals("x^2/4-3", r.preset.formula);
        assertEquals("sin(3*x)+y", r.preset.regFormula);
        assertEquals("x*y*y,sin(3*x)", r.preset.featureFormulas);
        String url = PresetCodec.encode(r.preset);
        assertTrue(url.contains("&formula=x%5E2/4-3&"), url);
        assertTrue(url.contains("&regFormula=sin(3*x)%2By&"), url);
        assertTrue(url.endsWith("&featureFormulas=x*y*y,sin(3*x)"), url);
        assertEquals(r.preset, PresetCodec.decode(url).preset);
        assertEquals(List.of(), Limits.violations(r.preset));
    }

    @Test
    void aBadFormulaKeepsTheCurrentOneAndSaysWhere() {
        DecodeResult r = PresetCodec.decode("#formula=sin(x&regFormula=foo&featureFormulas=x,y,x*y,y*y,x*x");
        assertEquals("2*sin(x)", r.preset.formula);
        assertEquals("sin(x)*cos(y)", r.preset.regFormula);
        assertEquals("", r.preset.featureFormulas);
        assertEquals(3, r.problems.size(), r.problems.toString());
        assertTrue(r.problems.get(0).contains("expected ')' to close the '(' at 3 at 5"), r.problems.get(0));
        assertTrue(r.problems.get(1).contains("unknown name 'foo'"), r.problems.get(1));
        assertTrue(r.problems.get(2).contains("at most 4 typed features"), r.problems.get(2));
    }

    @Test
    void theBoundaryMayNotUseY() {
        DecodeResult r = PresetCodec.decode("#formula=x%2By");
        assertEquals("2*sin(x)", r.preset.formula);
        assertTrue(r.problems.get(0).contains("only x here"), r.problems.toString());
    }

    @Test
    void aFormulaChangeMakesNewDataOnlyForItsProblem() {
        Preset before = new Preset();
        Preset after = before.copy();
        after.formula = "x";
        assertEquals(Reset.NEW_DATA, Keys.resetBetween(before, after));
        after.problem = Problem.REGRESSION;
        before.problem = Problem.REGRESSION;
        assertEquals(Reset.VIEW, Keys.resetBetween(before, after));
        Preset typed = before.copy();
        typed.featureFormulas = "x*y";
        assertEquals(Reset.RESHAPE, Keys.resetBetween(before, typed));
    }
}
