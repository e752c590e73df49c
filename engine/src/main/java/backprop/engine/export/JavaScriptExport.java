package backprop.engine.export;

import backprop.engine.nn.Activation;

/**
 * The network as one plain JavaScript file with no dependencies, for a browser or Node: the
 * weights as arrays, {@code features(x, y)}, {@code predict(x, y)} with the sums taken in the
 * engine's own order, and the check points, printed when the file is run (Node: exported as a
 * module when it is required instead). The expressions for features and activations are Java's
 * ({@link JavaExport}): the two languages' Math functions have the same names.
 */
final class JavaScriptExport {
    private JavaScriptExport() {
    }

    static String write(ExportedNetwork n) {
        CodeText code = new CodeText("  ");
        code.line("// A network trained in Backprop Playground, as plain JavaScript (no dependencies).")
                .line("//")
                .line("// Network " + n.shapeText() + ": inputs " + Describe.inputs(n, JavaExport::featureExpression)
                        + " of the point (x, y);")
                .line("// activations by weight layer: " + Describe.activations(n) + ". Every weight and bias is written")
                .line("// in full precision (the shortest decimal that reads back to the same number).");
        for (String line : Describe.typedNote(n)) {
            code.line("// " + line);
        }
        if (!n.note().isEmpty()) {
            code.line("// " + n.note());
        }
        code.line("//")
                .line("// Run it (node network.js) to print the outputs at three points beside the values the")
                .line("// playground computed for them, or call predict(x, y).")
                .line("\"use strict\";");
        for (int k = 0; k < n.depth(); k++) {
            int in = n.layerSize(k);
            int out = n.layerSize(k + 1);
            double[] w = n.weights(k);
            code.blank()
                    .line("// Weight layer " + (k + 1) + ": " + Describe.count(in, "input") + " -> "
                            + Describe.count(out, "neuron") + ". W" + (k + 1) + "[j][i] is the weight from input i to neuron j.")
                    .line("const W" + (k + 1) + " = [").in();
            for (int j = 0; j < out; j++) {
                code.line("[" + CodeText.numbers(w, j * in, (j + 1) * in) + "],");
            }
            code.out().line("];")
                    .line("const b" + (k + 1) + " = [" + CodeText.numbers(n.biases(k)) + "];");
        }
        code.blank()
                .line("// The network's inputs for the point (x, y), in the order of the columns of W1.")
                .line("function features(x, y) {").in()
                .line("return [" + Describe.features(n, JavaExport::featureExpression) + "];")
                .out().line("}");
        if (n.typedCount() > 0) {
            code.blank()
                    .line("// A typed feature's input: its value, or 0 where that is NaN or infinite (as in the playground).")
                    .line("function defined(v) {").in()
                    .line("return Number.isFinite(v) ? v : 0;")
                    .out().line("}");
        }
        code.blank()
                .line("// z_j = b_j + sum over i of w_ji a_i.")
                .line("function layer(w, b, a) {").in()
                .line("return b.map((bj, j) => {").in()
                .line("let sum = bj;")
                .line("for (let i = 0; i < a.length; i++) {").in()
                .line("sum += w[j][i] * a[i];")
                .out().line("}")
                .line("return sum;")
                .out().line("});")
                .out().line("}");
        boolean[] used = new boolean[Activation.values().length];
        for (int k = 0; k < n.depth(); k++) {
            used[n.activation(k).ordinal()] = true;
        }
        for (Activation f : Activation.values()) {
            if (used[f.ordinal()]) {
                code.blank();
                activation(code, f);
            }
        }
        code.blank()
                .line("// The network's outputs for the point (x, y): z = W a + b, a = f(z), layer by layer.")
                .line("function predict(x, y) {").in()
                .line("let a = features(x, y);");
        for (int k = 0; k < n.depth(); k++) {
            code.line("a = " + JavaExport.functionName(n.activation(k)) + "(layer(W" + (k + 1) + ", b" + (k + 1) + ", a));");
        }
        code.line("return a;")
                .out().line("}")
                .blank()
                .line("// Three points and the outputs Backprop Playground computed for them.")
                .line("const CHECKS = [").in();
        for (int p = 0; p < n.checkCount(); p++) {
            code.line("[" + CodeText.number(n.checkX(p)) + ", " + CodeText.number(n.checkY(p)) + ", ["
                    + CodeText.numbers(n.checkOutputs(p)) + "]],");
        }
        code.out().line("];")
                .blank()
                .line("if (typeof module === \"object\" && module.exports) {").in()
                .line("module.exports = { features, predict, CHECKS };")
                .out().line("}")
                .line("if (typeof require === \"undefined\" || require.main === module) {").in()
                .line("for (const [x, y, page] of CHECKS) {").in()
                .line("const mine = predict(x, y);")
                .line("const gap = Math.max(...mine.map((v, o) => Math.abs(v - page[o])));")
                .line("console.log(`predict(${x}, ${y}) = [${mine.join(\", \")}]`);")
                .line("console.log(`  playground: [${page.join(\", \")}]  (largest difference ${gap.toExponential(1)})`);")
                .out().line("}")
                .out().line("}");
        return code.toString();
    }

    /** A function applying activation f to a layer's z, as the engine computes it. */
    private static void activation(CodeText code, Activation f) {
        code.line("function " + JavaExport.functionName(f) + "(z) {").in();
        if (f == Activation.SOFTMAX) {
            code.line("const max = Math.max(...z);")
                    .line("const e = z.map((v) => Math.exp(v - max));")
                    .line("const inv = 1 / e.reduce((s, v) => s + v, 0);")
                    .line("return e.map((v) => v * inv);");
        } else {
            code.line("return z.map((v) => " + JavaExport.elementwise(f) + ");");
        }
        code.out().line("}");
    }
}
