package backprop.engine.export;

/**
 * The parts the three Python exports share: the module docstring, the trained numbers as Python
 * lists, and the check points with the engine's outputs and the loop that prints them.
 */
final class PythonText {
    private PythonText() {
    }

    /** The module docstring: what the file holds, the network, where it comes from, how to run it. */
    static void header(CodeText code, ExportedNetwork n, String what, Describe.FeatureWriter writer) {
        code.line("\"\"\"" + what + " of a network trained in Backprop Playground.")
                .blank()
                .line("Network " + n.shapeText() + ": inputs " + Describe.inputs(n, writer) + " of the point (x, y);")
                .line("activations by weight layer: " + Describe.activations(n) + ".")
                .line("Every weight and bias is written in full precision (the shortest decimal that reads back")
                .line("to the same 64-bit float).");
        for (String line : Describe.typedNote(n)) {
            code.line(line);
        }
        if (!n.note().isEmpty()) {
            code.line(n.note().replace("\"\"\"", "'''"));
        }
        code.blank()
                .line("Run it to print the network's outputs at three points beside the values the playground")
                .line("computed for them, or import it and call predict(x, y).")
                .line("\"\"\"");
    }

    /**
     * The trained numbers: {@code W1 = open[[…], …]close} (row j holds the weights into neuron j of
     * the next layer, one column per input) and {@code b1 = open[…]close}, for each weight layer.
     */
    static void weights(CodeText code, ExportedNetwork n, String open, String close) {
        for (int k = 0; k < n.depth(); k++) {
            int in = n.layerSize(k);
            int out = n.layerSize(k + 1);
            code.blank()
                    .line("# Weight layer " + (k + 1) + ": " + Describe.count(in, "input") + " -> "
                            + Describe.count(out, "neuron") + ". W" + (k + 1) + "[j][i] is the weight from input i to neuron j.")
                    .line("W" + (k + 1) + " = " + open + "[").in();
            double[] w = n.weights(k);
            for (int j = 0; j < out; j++) {
                code.line("[" + CodeText.numbers(w, j * in, (j + 1) * in) + "],");
            }
            code.out().line("]" + close)
                    .line("b" + (k + 1) + " = " + open + "[" + CodeText.numbers(n.biases(k)) + "]" + close);
        }
    }

    /** The check points with the engine's outputs, and the main block that prints them beside predict's. */
    static void checks(CodeText code, ExportedNetwork n) {
        code.blank()
                .line("# Three points and the outputs Backprop Playground computed for them.")
                .line("CHECKS = [").in();
        for (int p = 0; p < n.checkCount(); p++) {
            code.line("(" + CodeText.number(n.checkX(p)) + ", " + CodeText.number(n.checkY(p)) + ", ["
                    + CodeText.numbers(n.checkOutputs(p)) + "]),");
        }
        code.out().line("]")
                .blank()
                .line("if __name__ == \"__main__\":").in()
                .line("for x, y, page in CHECKS:").in()
                .line("mine = [float(v) for v in predict(x, y)]")
                .line("gap = max(abs(a - b) for a, b in zip(mine, page))")
                .line("print(f\"predict({x}, {y}) = {mine}\")")
                .line("print(f\"  playground: {page}  (largest difference {gap:.1e})\")")
                .out().out();
    }
}
