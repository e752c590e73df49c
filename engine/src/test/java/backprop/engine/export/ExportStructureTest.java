package backprop.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text of each export: every weight and bias of the network, read back with
 * {@code Double.parseDouble}, is bit for bit the engine's; the layers, activations and features
 * are the network's; the check points carry the engine's outputs. For PyTorch and Keras, which
 * cannot run here, this is the check that they rebuild the same network.
 */
class ExportStructureTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?");

    static List<ExportCases.Case> cases() {
        return ExportCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLanguageWritesEveryWeightAndBiasExactly(ExportCases.Case c) {
        for (ExportLanguage language : ExportLanguage.values()) {
            String text = language.write(c.exported());
            String bias = language == ExportLanguage.JAVA ? "B" : "b";
            for (int k = 0; k < c.network().depth(); k++) {
                assertBitwise(c.network().weights(k), numbersAfter(text, "W" + (k + 1) + " = "),
                        language + " W" + (k + 1) + " of " + c.name());
                assertBitwise(c.network().biases(k), numbersAfter(text, bias + (k + 1) + " = "),
                        language + " " + bias + (k + 1) + " of " + c.name());
            }
            assertFalse(text.contains("W" + (c.network().depth() + 1) + " = "), language + ": one layer too many");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theChecksCarryTheEnginesOutputsAtThreePoints(ExportCases.Case c) {
        String numpy = ExportLanguage.NUMPY.write(c.exported());
        List<Double> checks = numbersAfter(numpy, "CHECKS = ");
        int outputs = c.network().outputCount();
        assertEquals(3 * (2 + outputs), checks.size(), numpy);
        for (int p = 0; p < 3; p++) {
            double x = checks.get(p * (2 + outputs));
            double y = checks.get(p * (2 + outputs) + 1);
            double[] engine = c.engineOutputs(x, y);
            for (int o = 0; o < outputs; o++) {
                assertEquals(Double.doubleToLongBits(engine[o]),
                        Double.doubleToLongBits(checks.get(p * (2 + outputs) + 2 + o)), "check " + p + " output " + o);
            }
        }
        Set<String> points = new HashSet<>();
        for (int p = 0; p < 3; p++) {
            points.add(checks.get(p * (2 + outputs)) + "," + checks.get(p * (2 + outputs) + 1));
        }
        assertEquals(3, points.size(), "three different points");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pytorchBuildsOneLinearAndOneActivationModulePerLayer(ExportCases.Case c) {
        String text = ExportLanguage.PYTORCH.write(c.exported());
        Network n = c.network();
        List<String> linears = all(text, "nn\\.Linear\\((\\d+), (\\d+)\\), (nn\\.\\w+\\([^)]*\\)),");
        assertEquals(n.depth(), linears.size(), text);
        for (int k = 0; k < n.depth(); k++) {
            Activation f = k == n.depth() - 1 ? n.outputActivation() : n.hiddenActivation();
            assertEquals(n.layerSize(k) + " " + n.layerSize(k + 1) + " " + torchModule(f), linears.get(k));
            assertTrue(text.contains("self.layers[" + 2 * k + "].weight.copy_(torch.tensor(W" + (k + 1)), text);
            assertTrue(text.contains("self.layers[" + 2 * k + "].bias.copy_(torch.tensor(b" + (k + 1)), text);
        }
        assertTrue(text.contains(").double()"), "float64 like the engine");
        assertTrue(text.contains("class PlaygroundNetwork(nn.Module):"));
        assertTrue(text.contains("return torch.stack([" + String.join(", ", features(c, "torch.")) + "], dim=1)"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void kerasBuildsOneDenseLayerPerWeightLayerWithTheTransposedKernel(ExportCases.Case c) {
        String text = ExportLanguage.KERAS.write(c.exported());
        Network n = c.network();
        assertTrue(text.contains("keras.Input(shape=(" + n.inputCount() + ",), dtype=\"float64\")"), text);
        List<String> dense = all(text, "keras\\.layers\\.Dense\\((\\d+), activation=\"(\\w+)\", dtype=\"float64\"\\)");
        assertEquals(n.depth(), dense.size(), text);
        for (int k = 0; k < n.depth(); k++) {
            Activation f = k == n.depth() - 1 ? n.outputActivation() : n.hiddenActivation();
            String activation = f == Activation.LEAKY_RELU ? "linear" : kerasName(f);
            assertEquals(n.layerSize(k + 1) + " " + activation, dense.get(k));
            assertTrue(text.contains("dense" + (k + 1) + ".set_weights([W" + (k + 1) + ".T, b" + (k + 1) + "])"), text);
        }
        boolean leaky = n.hiddenActivation() == Activation.LEAKY_RELU || n.outputActivation() == Activation.LEAKY_RELU;
        assertEquals(leaky, text.contains("keras.layers.LeakyReLU(negative_slope=0.01"), text);
        assertTrue(text.contains("return np.array([" + String.join(", ", features(c, "np.")) + "], dtype=np.float64)"), text);
    }

    @Test
    void theLanguagesHaveDistinctIdsAndFiles() {
        Set<String> ids = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (ExportLanguage l : ExportLanguage.values()) {
            assertTrue(ids.add(l.id()));
            assertTrue(files.add(l.fileName()));
            assertEquals(l, ExportLanguage.fromId(l.id()));
        }
        assertNull(ExportLanguage.fromId("cobol"));
        assertEquals("numpy, pytorch, keras, java, javascript", ExportLanguage.ids());
    }

    @Test
    void aDivergedNetworkIsRefusedWithAReason() {
        Network n = new Network(new int[] {2, 2, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        n.weights(1)[0] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExportedNetwork(n, FeatureSet.of(Feature.X, Feature.Y), ""));
        assertTrue(e.getMessage().contains("weight layer 2") && e.getMessage().contains("reset"), e.getMessage());
    }

    @Test
    void featuresThatDoNotFitTheNetworkAreRefused() {
        Network n = new Network(new int[] {2, 2, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExportedNetwork(n, FeatureSet.of(Feature.X), ""));
        assertEquals("the network has 2 inputs but 1 input features are given", e.getMessage());
    }

    @Test
    void theExportIsASnapshotThatLaterTrainingDoesNotChange() {
        Network n = new Network(new int[] {2, 2, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        ExportedNetwork e = new ExportedNetwork(n, FeatureSet.of(Feature.X, Feature.Y), "");
        String before = ExportLanguage.NUMPY.write(e);
        n.weights(0)[0] += 1;
        n.changed();
        assertEquals(before, ExportLanguage.NUMPY.write(e));
    }

    @Test
    void theNoteCannotBreakOutOfItsComment() {
        Network n = new Network(new int[] {2, 1}, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(1));
        String note = "title\nprint('injected') \\u000a \"\"\" */ é";
        ExportedNetwork e = new ExportedNetwork(n, FeatureSet.of(Feature.X, Feature.Y), note);
        for (ExportLanguage l : ExportLanguage.values()) {
            String text = l.write(e);
            assertFalse(text.contains("\nprint('injected')"), l + ":\n" + text);
            assertFalse(text.contains("\\u000a"), l + ":\n" + text);
            assertTrue(text.contains("title?print('injected')"), l + ":\n" + text);
        }
        assertFalse(ExportLanguage.NUMPY.write(e).contains("\"\"\" */"), "the docstring stays open until its end");
        assertFalse(ExportLanguage.JAVA.write(e).contains("\"\"\" */"), "the javadoc stays open until its end");
    }

    /** The numbers of the bracketed value after {@code start} (up to the matching closing bracket). */
    private static List<Double> numbersAfter(String text, String start) {
        int at = text.indexOf(start);
        assertTrue(at >= 0, "no " + start.trim() + " in\n" + text);
        int open = at + start.length();
        while (text.charAt(open) != '[' && text.charAt(open) != '{') {
            open++;
        }
        int depth = 0;
        int end = open;
        do {
            char ch = text.charAt(end++);
            depth += ch == '[' || ch == '{' ? 1 : ch == ']' || ch == '}' ? -1 : 0;
        } while (depth > 0);
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.substring(open, end));
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        return numbers;
    }

    private static void assertBitwise(double[] expected, List<Double> found, String what) {
        assertEquals(expected.length, found.size(), what + ": count");
        for (int i = 0; i < expected.length; i++) {
            // +0.0 so that a −0 weight, written "0.0", compares equal
            assertEquals(Double.doubleToLongBits(expected[i] + 0.0), Double.doubleToLongBits(found.get(i) + 0.0),
                    what + "[" + i + "]");
        }
    }

    /** Each match's groups joined by spaces. */
    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            StringBuilder s = new StringBuilder();
            for (int g = 1; g <= m.groupCount(); g++) {
                s.append(g == 1 ? "" : " ").append(m.group(g));
            }
            found.add(s.toString());
        }
        return found;
    }

    private static String torchModule(Activation f) {
        switch (f) {
            case LINEAR: return "nn.Identity()";
            case RELU: return "nn.ReLU()";
            case LEAKY_RELU: return "nn.LeakyReLU(0.01)";
            case ELU: return "nn.ELU(alpha=1.0)";
            case TANH: return "nn.Tanh()";
            case SIGMOID: return "nn.Sigmoid()";
            case SOFTMAX: return "nn.Softmax(dim=1)";
            default: throw new AssertionError(f);
        }
    }

    private static String kerasName(Activation f) {
        switch (f) {
            case LINEAR: return "linear";
            case RELU: return "relu";
            case ELU: return "elu";
            case TANH: return "tanh";
            case SIGMOID: return "sigmoid";
            case SOFTMAX: return "softmax";
            default: throw new AssertionError(f);
        }
    }

    /** The case's features as the library writes them: "x", "x * x", prefix + "sin(y)"… */
    private static List<String> features(ExportCases.Case c, String prefix) {
        List<String> out = new ArrayList<>();
        FeatureSet set = c.features();
        for (int i = 0; i < set.width(); i++) {
            Feature f = set.feature(i);
            String id = f.id();
            switch (f) {
                case X: case Y: out.add(id); break;
                case X_SQUARED: out.add("x * x"); break;
                case Y_SQUARED: out.add("y * y"); break;
                case X_TIMES_Y: out.add("x * y"); break;
                default: out.add(prefix + id.substring(0, 3) + "(" + id.substring(3).toLowerCase() + ")");
            }
        }
        return out;
    }
}
