package backprop.engine.export;

import backprop.engine.formula.Formula;
import backprop.engine.nn.Activation;

/**
 * The network as a self-contained NumPy script: the weights as arrays, one function per activation
 * it uses, {@code features(x, y)} and {@code predict(x, y)}, and the check points. Typed features
 * are computed in float64 with NumPy's functions, a {@code power} that follows Java's
 * {@code Math.pow} and a {@code defined} that feeds 0 where one is NaN or infinite, as the engine does.
 */
final class NumpyExport {
    private NumpyExport() {
    }

    static String write(ExportedNetwork n) {
        CodeText code = new CodeText("    ");
        PythonText.header(code, n, "NumPy code", NumpyExport::featureExpression);
        code.blank().line("import numpy as np");
        PythonText.weights(code, n, "np.array(", ", dtype=np.float64)");
        code.blank().blank();
        features(code, n);
        boolean[] written = new boolean[Activation.values().length];
        for (int k = 0; k < n.depth(); k++) {
            Activation f = n.activation(k);
            if (!written[f.ordinal()]) {
                written[f.ordinal()] = true;
                code.blank().blank();
                activation(code, f);
            }
        }
        code.blank().blank()
                .line("def predict(x, y):").in()
                .line("\"\"\"The network's outputs for the point (x, y), as an array: z = W a + b, a = f(z), layer by layer.\"\"\"")
                .line("a = features(x, y)");
        for (int k = 0; k < n.depth(); k++) {
            code.line("a = " + functionName(n.activation(k)) + "(W" + (k + 1) + " @ a + b" + (k + 1) + ")");
        }
        code.line("return a").out().blank();
        PythonText.checks(code, n);
        return code.toString();
    }

    /**
     * {@code features(x, y)}: the network's inputs in order, one expression per feature; with typed
     * features, x and y become float64 first (Python's own floats raise on 1/0) and the helpers
     * {@code defined} and {@code power} follow. Keras reuses it.
     */
    static void features(CodeText code, ExportedNetwork n) {
        String inputs = "np.array([" + Describe.features(n, NumpyExport::featureExpression) + "], dtype=np.float64)";
        code.line("def features(x, y):").in()
                .line("\"\"\"The network's inputs for the point (x, y), in the order of the columns of W1.\"\"\"");
        if (n.typedCount() == 0) {
            code.line("return " + inputs).out();
            return;
        }
        code.line("x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)")
                .line("with np.errstate(all=\"ignore\"):  # a typed feature may be NaN or infinite at a point").in()
                .line("return " + inputs)
                .out().out()
                .blank().blank()
                .line("def defined(v):").in()
                .line("\"\"\"A typed feature's input: its value, or 0 where that is NaN or infinite (as in the playground).\"\"\"")
                .line("return np.nan_to_num(v, nan=0.0, posinf=0.0, neginf=0.0)")
                .out()
                .blank().blank()
                .line("def power(a, b):").in()
                .line("\"\"\"a ** b as the playground computes it (Java's Math.pow): NaN where NumPy gives 1, for 1 ** nan"
                        + " and (+-1) ** (+-inf).\"\"\"")
                .line("return np.where(np.isnan(b) | ((np.abs(a) == 1) & np.isinf(b)), np.nan, np.power(a, b))")
                .out();
    }

    /** Input i of the point (x, y) in NumPy (x and y are floats or arrays). Keras reuses it. */
    static String featureExpression(ExportedNetwork n, int i) {
        Formula typed = n.formula(i);
        if (typed != null) {
            String value = "defined(" + typed.toCode(MathLibrary.NUMPY) + ")";
            return typed.constant() ? "np.broadcast_to(" + value + ", np.shape(x))" : value;
        }
        return MathLibrary.NUMPY.feature(n.feature(i));
    }

    static String functionName(Activation f) {
        return f == Activation.LEAKY_RELU ? "leaky_relu" : f.id();
    }

    /** The definition of activation f on an array z, written as the engine computes it. */
    private static void activation(CodeText code, Activation f) {
        code.line("def " + functionName(f) + "(z):").in();
        switch (f) {
            case LINEAR:
                code.line("return z");
                break;
            case RELU:
                code.line("return np.where(z > 0, z, 0.0)");
                break;
            case LEAKY_RELU:
                code.line("return np.where(z > 0, z, " + CodeText.number(Activation.LEAKY_SLOPE) + " * z)");
                break;
            case ELU:
                code.line("return np.where(z > 0, z, np.expm1(np.minimum(z, 0.0)))");
                break;
            case TANH:
                code.line("return np.tanh(z)");
                break;
            case SIGMOID:
                code.line("e = np.exp(-np.abs(z))  # never overflows")
                        .line("return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))");
                break;
            case SOFTMAX:
                code.line("e = np.exp(z - np.max(z))  # the largest exponent is 0: no overflow")
                        .line("return e / np.sum(e)");
                break;
            default:
                throw new IllegalArgumentException("no NumPy code for the activation " + f.id());
        }
        code.out();
    }
}
