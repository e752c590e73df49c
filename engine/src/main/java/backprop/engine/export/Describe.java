package backprop.engine.export;

import backprop.engine.formula.Formula;

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
            s.append(i == 0 ? "" : ", ").append(writer.expression(n, i));
        }
        return s.toString();
    }

    /**
     * The inputs for a header comment: the built-in ones as the language writes them, a typed one
     * as the formula the person typed, "x, np.sin(x), typed sqrt(x^2+y^2)/e". Printable ASCII.
     */
    static String inputs(ExportedNetwork n, FeatureWriter writer) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n.inputCount(); i++) {
            Formula f = n.formula(i);
            s.append(i == 0 ? "" : ", ").append(f == null ? writer.expression(n, i) : "typed " + CodeText.commentText(f.toString()));
        }
        return s.toString();
    }

    /**
     * For a header comment: the lines saying how typed features are computed (none when there
     * are none), without comment syntax, which each language adds.
     */
    static String[] typedNote(ExportedNetwork n) {
        if (n.typedCount() == 0) {
            return new String[0];
        }
        return new String[] {
            "A typed feature is computed as in the playground: where its value is not a number or is",
            "infinite (log(x) for x <= 0, 1/0), the input is 0."};
    }

    /** A language's expression for input {@code i} of the point (x, y). */
    interface FeatureWriter {
        String expression(ExportedNetwork n, int i);
    }
}
