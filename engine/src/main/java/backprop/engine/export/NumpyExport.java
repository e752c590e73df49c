package backprop.engine.export;

import backprop.engine.data.Feature;
import backprop.engine.nn.Activation;

/**
 * The network as a self-contained NumPy script: the weights as arrays, one function per activation
 * it uses, {@code features(x, y)} and {@code predict(x, y)}, and the check points.
 */
final class NumpyExport {
    private NumpyExport() {
    }

    static String write(ExportedNetwork n) {
        CodeText code = new CodeText("    ");
        PythonText.header(code, n, "NumPy code", Describe.features(n, NumpyExport::featureExpression));
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

    /** {@code features(x, y)}: the network's inputs in order, one expression per feature. */
    static void features(CodeText code, ExportedNetwork n) {
        code.line("def features(x, y):").in()
                .line("\"\"\"The network's inputs for the point (x, y), in the order of the columns of W1.\"\"\"")
                .line("return np.array([" + Describe.features(n, NumpyExport::featureExpression) + "], dtype=np.float64)")
                .out();
    }

    /** A feature of the point (x, y) in NumPy (x and y are floats or arrays). Keras reuses it. */
    static String featureExpression(Feature feature) {
        switch (feature) {
            case X:
                return "x";
            case Y:
                return "y";
            case X_SQUARED:
                return "x * x";
            case Y_SQUARED:
                return "y * y";
            case X_TIMES_Y:
                return "x * y";
            case SIN_X:
                return "np.sin(x)";
            case SIN_Y:
                return "np.sin(y)";
            case COS_X:
                return "np.cos(x)";
            case COS_Y:
                return "np.cos(y)";
            default:
                throw new IllegalArgumentException("no NumPy expression for the feature " + feature.id());
        }
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
