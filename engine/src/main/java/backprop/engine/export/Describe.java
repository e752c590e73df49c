package backprop.engine.export;

/** Plain-text descriptions that every language's header comment uses. */
final class Describe {
    private Describe() {
    }

    /** "tanh, tanh, sigmoid": the activation after each weight layer, by its id. */
    static String activations(ExportedNetwork n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n.depth(); k++) {
            s.append(k == 0 ? "" : ", ").append(n.activation(k).id());
        }
        return s.toString();
    }

    /** "1 neuron", "4 neurons". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The inputs as the language writes them, comma-separated: "x, y, np.sin(x)". */
    static String features(ExportedNetwork n, FeatureWriter writer) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n.inputCount(); i++) {
            s.append(i == 0 ? "" : ", ").append(writer.expression(n.feature(i)));
        }
        return s.toString();
    }

    /** A language's expression for a feature of the point (x, y). */
    interface FeatureWriter {
        String expression(backprop.engine.data.Feature feature);
    }
}
