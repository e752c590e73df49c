package backprop.engine.export;

import backprop.engine.formula.Formula;
import backprop.engine.nn.Activation;

/**
 * The network as one plain Java class with no dependencies: the weights as {@code double[][]}
 * constants, {@code features(x, y)}, {@code predict(x, y)} with the sums taken in the engine's own
 * order, and a {@code main} that prints the check points. Typed features are written with
 * {@code Math}'s functions, which JavaScript's {@code Math} shares, and a {@code defined(v)} that
 * feeds 0 where one is NaN or infinite, as the engine does.
 */
final class JavaExport {
    /** The class's name (and so the file's: PlaygroundNetwork.java). */
    static final String CLASS_NAME = "PlaygroundNetwork";
    /**
     * More numbers than this would not fit a class's static initializer (64 KB of bytecode, about 8
     * bytes per array element); the playground's largest network has about 2,300.
     */
    static final int MAX_PARAMETERS = 6000;

    private JavaExport() {
    }

    static String write(ExportedNetwork n) {
        if (n.parameterCount() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a network of " + n.parameterCount() + " weights and biases is too large"
                    + " for one Java class (at most " + MAX_PARAMETERS + "); export it as NumPy or JavaScript");
        }
        CodeText code = new CodeText("    ");
        code.line("/**")
                .line(" * A network trained in Backprop Playground, as plain Java (no dependencies).")
                .line(" *")
                .line(" * <p>Network " + n.shapeText() + ": inputs " + Describe.inputs(n, JavaExport::featureExpression)
                        + " of the point (x, y);")
                .line(" * activations by weight layer: " + Describe.activations(n) + ". Every weight and bias is written")
                .line(" * in full precision (the shortest decimal that reads back to the same double).");
        for (String line : Describe.typedNote(n)) {
            code.line(" * " + line);
        }
        if (!n.note().isEmpty()) {
            code.line(" * " + n.note().replace("*/", "* /"));
        }
        code.line(" *")
                .line(" * <p>Run it ({@code java " + CLASS_NAME + ".java}) to print the outputs at three points beside the")
                .line(" * values the playground computed for them, or call {@link #predict}.")
                .line(" */")
                .line("public final class " + CLASS_NAME + " {").in();
        for (int k = 0; k < n.depth(); k++) {
            int in = n.layerSize(k);
            int out = n.layerSize(k + 1);
            double[] w = n.weights(k);
            code.line("/** Weight layer " + (k + 1) + ": " + Describe.count(in, "input") + " to "
                    + Describe.count(out, "neuron") + "; W" + (k + 1) + "[j][i] is the weight from input i to neuron j. */")
                    .line("static final double[][] W" + (k + 1) + " = {").in();
            for (int j = 0; j < out; j++) {
                code.line("{" + CodeText.numbers(w, j * in, (j + 1) * in) + "},");
            }
            code.out().line("};")
                    .line("static final double[] B" + (k + 1) + " = {" + CodeText.numbers(n.biases(k)) + "};")
                    .blank();
        }
        code.line("/** Three points (x, y) and the outputs Backprop Playground computed for them. */")
                .line("static final double[][] CHECK_POINTS = {").in();
        for (int p = 0; p < n.checkCount(); p++) {
            code.line("{" + CodeText.number(n.checkX(p)) + ", " + CodeText.number(n.checkY(p)) + "},");
        }
        code.out().line("};").line("static final double[][] CHECK_OUTPUTS = {").in();
        for (int p = 0; p < n.checkCount(); p++) {
            code.line("{" + CodeText.numbers(n.checkOutputs(p)) + "},");
        }
        code.out().line("};")
                .blank()
                .line("private " + CLASS_NAME + "() {")
                .line("}")
                .blank()
                .line("/** The network's inputs for the point (x, y), in the order of the columns of W1. */")
                .line("public static double[] features(double x, double y) {").in()
                .line("return new double[] {" + Describe.features(n, JavaExport::featureExpression) + "};")
                .out().line("}");
        if (n.typedCount() > 0) {
            code.blank()
                    .line("/** A typed feature's input: its value, or 0 where that is NaN or infinite (as in the playground). */")
                    .line("static double defined(double v) {").in()
                    .line("return Double.isFinite(v) ? v : 0.0;")
                    .out().line("}");
        }
        code.blank()
                .line("/** The network's outputs for the point (x, y): z = W a + b, a = f(z), layer by layer. */")
                .line("public static double[] predict(double x, double y) {").in()
                .line("double[] a = features(x, y);");
        boolean[] used = new boolean[Activation.values().length];
        for (int k = 0; k < n.depth(); k++) {
            Activation f = n.activation(k);
            used[f.ordinal()] = true;
            code.line("a = " + functionName(f) + "(layer(W" + (k + 1) + ", B" + (k + 1) + ", a));");
        }
        code.line("return a;")
                .out().line("}")
                .blank()
                .line("/** z_j = b_j + sum over i of w_ji a_i. */")
                .line("static double[] layer(double[][] w, double[] b, double[] a) {").in()
                .line("double[] z = new double[b.length];")
                .line("for (int j = 0; j < b.length; j++) {").in()
                .line("double sum = b[j];")
                .line("for (int i = 0; i < a.length; i++) {").in()
                .line("sum += w[j][i] * a[i];")
                .out().line("}")
                .line("z[j] = sum;")
                .out().line("}")
                .line("return z;")
                .out().line("}");
        for (Activation f : Activation.values()) {
            if (used[f.ordinal()]) {
                code.blank();
                activation(code, f);
            }
        }
        code.blank()
                .line("public static void main(String[] args) {").in()
                .line("for (int p = 0; p < CHECK_POINTS.length; p++) {").in()
                .line("double x = CHECK_POINTS[p][0];")
                .line("double y = CHECK_POINTS[p][1];")
                .line("double[] mine = predict(x, y);")
                .line("double gap = 0;")
                .line("for (int o = 0; o < mine.length; o++) {").in()
                .line("gap = Math.max(gap, Math.abs(mine[o] - CHECK_OUTPUTS[p][o]));")
                .out().line("}")
                .line("System.out.println(\"predict(\" + x + \", \" + y + \") = \" + java.util.Arrays.toString(mine));")
                .line("System.out.println(\"  playground: \" + java.util.Arrays.toString(CHECK_OUTPUTS[p])"
                        + " + \"  (largest difference \" + gap + \")\");")
                .out().line("}")
                .out().line("}")
                .out().line("}");
        return code.toString();
    }

    /**
     * Input i of the point (x, y) in Java (and in JavaScript, whose Math functions have the same
     * names): a built-in feature, or a typed formula inside {@code defined(…)}.
     */
    static String featureExpression(ExportedNetwork n, int i) {
        Formula typed = n.formula(i);
        if (typed != null) {
            return "defined(" + typed.toCode(MathLibrary.MATH) + ")";
        }
        return MathLibrary.MATH.feature(n.feature(i));
    }

    static String functionName(Activation f) {
        return f == Activation.LEAKY_RELU ? "leakyRelu" : f.id();
    }

    /** A method applying activation f to a layer's z, as the engine computes it. */
    private static void activation(CodeText code, Activation f) {
        code.line("static double[] " + functionName(f) + "(double[] z) {").in()
                .line("double[] a = new double[z.length];");
        switch (f) {
            case SOFTMAX:
                code.line("double max = z[0];")
                        .line("for (double v : z) {").in().line("max = Math.max(max, v);").out().line("}")
                        .line("double sum = 0;")
                        .line("for (int j = 0; j < z.length; j++) {").in()
                        .line("a[j] = Math.exp(z[j] - max);")
                        .line("sum += a[j];")
                        .out().line("}")
                        .line("double inv = 1.0 / sum;")
                        .line("for (int j = 0; j < z.length; j++) {").in().line("a[j] *= inv;").out().line("}");
                break;
            default:
                code.line("for (int j = 0; j < z.length; j++) {").in()
                        .line("double v = z[j];")
                        .line("a[j] = " + elementwise(f) + ";")
                        .out().line("}");
        }
        code.line("return a;").out().line("}");
    }

    /** f(v) for one neuron, in Java and in JavaScript alike. */
    static String elementwise(Activation f) {
        switch (f) {
            case LINEAR:
                return "v";
            case RELU:
                return "v > 0 ? v : 0.0";
            case LEAKY_RELU:
                return "v > 0 ? v : " + CodeText.number(Activation.LEAKY_SLOPE) + " * v";
            case ELU:
                return "v > 0 ? v : Math.expm1(v)";
            case TANH:
                return "Math.tanh(v)";
            case SIGMOID:
                return "v >= 0 ? 1.0 / (1.0 + Math.exp(-v)) : Math.exp(v) / (1.0 + Math.exp(v))";
            default:
                throw new IllegalArgumentException("no Java code for the activation " + f.id());
        }
    }
}
