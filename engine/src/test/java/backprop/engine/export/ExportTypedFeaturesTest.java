package backprop.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.formula.Formula;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typed features in the exported text. {@link ExportRunTest} runs the NumPy, JavaScript and Java
 * code against the engine; PyTorch and Keras cannot run here, so this checks that they compute
 * each typed feature with the NumPy script's own expressions (names aside) and the same helpers,
 * and that every header names the formulas.
 */
class ExportTypedFeaturesTest {
    static List<ExportCases.Case> cases() {
        return ExportCases.typed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyHeaderNamesEachTypedFormulaAndWhatUndefinedValuesBecome(ExportCases.Case c) {
        for (ExportLanguage language : ExportLanguage.values()) {
            String text = language.write(c.exported());
            String header = text.substring(0, text.indexOf("W1"));
            for (Formula f : c.features().typed()) {
                assertTrue(header.contains("typed " + f), language + " header lacks " + f + ":\n" + header);
            }
            assertTrue(header.contains("the input is 0"), language + ":\n" + header);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pytorchComputesEachFeatureWithTheNumpyScriptsExpressions(ExportCases.Case c) {
        String numpy = ExportLanguage.NUMPY.write(c.exported());
        String torch = ExportLanguage.PYTORCH.write(c.exported());
        List<String> numpyInputs = topLevelItems(between(numpy, "return np.array([", "], dtype=np.float64)"));
        List<String> torchInputs = topLevelItems(between(torch, "return torch.stack([", "], dim=1)"));
        assertEquals(c.features().width(), numpyInputs.size(), numpy);
        List<String> expected = new ArrayList<>();
        for (String input : numpyInputs) {
            expected.add(asTorch(input));
        }
        assertEquals(expected, torchInputs);
        assertTrue(torch.contains("import math\n"), torch);
        assertTrue(torch.contains("return torch.nan_to_num(v, nan=0.0, posinf=0.0, neginf=0.0)"), torch);
        assertTrue(torch.contains("return torch.pow(a, b).masked_fill(torch.isnan(b) | ((a.abs() == 1) & torch.isinf(b)),"
                + " math.nan)"), torch);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void kerasComputesTheFeaturesWithTheNumpyScriptsCode(ExportCases.Case c) {
        String numpy = ExportLanguage.NUMPY.write(c.exported());
        String keras = ExportLanguage.KERAS.write(c.exported());
        String features = numpy.substring(numpy.indexOf("def features(x, y):"),
                numpy.indexOf("\n", numpy.indexOf("return np.where(np.isnan(b)")));
        assertTrue(features.contains("def defined(v):") && features.contains("def power(a, b):"), features);
        assertTrue(keras.contains(features), keras);
    }

    @Test
    void networksWithoutTypedFeaturesGetNoHelpers() {
        for (ExportCases.Case c : ExportCases.all()) {
            for (ExportLanguage language : ExportLanguage.values()) {
                String text = language.write(c.exported());
                assertFalse(text.contains("defined(") || text.contains("power(") || text.contains("import math")
                        || text.contains("typed"), language + " " + c.name() + ":\n" + text);
            }
        }
    }

    /** A NumPy input expression with PyTorch's names: the mapping the two exports should differ by. */
    private static String asTorch(String numpy) {
        String s = numpy;
        String broadcast = "np.broadcast_to(";
        String shape = ", np.shape(x))";
        if (s.startsWith(broadcast) && s.endsWith(shape)) {
            s = s.substring(broadcast.length(), s.length() - shape.length()) + ".expand_as(x)";
        }
        s = s.replaceAll("np\\.float64\\(np\\.(pi|e)\\)", "torch.tensor(math.$1, dtype=torch.float64)")
                .replaceAll("np\\.float64\\(([^()]*)\\)", "torch.tensor($1, dtype=torch.float64)")
                .replaceAll("np\\.(pi|e)\\b", "math.$1");
        return s.replace("np.", "torch.");
    }

    private static String between(String text, String open, String close) {
        int from = text.indexOf(open);
        assertTrue(from >= 0, "no " + open + " in\n" + text);
        return text.substring(from + open.length(), text.indexOf(close, from));
    }

    /** "a, f(b, c), d" → [a, f(b, c), d]: split at the commas outside parentheses. */
    private static List<String> topLevelItems(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == ',' && depth == 0) {
                items.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        items.add(list.substring(start).trim());
        return items;
    }
}
