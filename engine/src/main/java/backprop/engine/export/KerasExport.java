package backprop.engine.export;

import backprop.engine.nn.Activation;

/**
 * The network as a Keras 3 model in float64: one {@code Dense} layer per weight layer with the
 * trained weights set (Keras keeps a kernel as [inputs][neurons], the transpose of the
 * playground's rows), its input the features of the point computed by {@code features(x, y)} with
 * NumPy, a {@code predict(x, y)} and the check points.
 */
final class KerasExport {
    private KerasExport() {
    }

    static String write(ExportedNetwork n) {
        CodeText code = new CodeText("    ");
        PythonText.header(code, n, "A Keras 3 model", NumpyExport::featureExpression);
        code.blank().line("import numpy as np").line("import keras");
        PythonText.weights(code, n, "np.array(", ", dtype=np.float64)");
        code.blank().blank();
        NumpyExport.features(code, n);
        code.blank().blank()
                .line("def build_model():").in()
                .line("\"\"\"The Keras model with the trained weights; its input is features(x, y), one row per point.\"\"\"")
                .line("inputs = keras.Input(shape=(" + n.inputCount() + ",), dtype=\"float64\")")
                .line("a = inputs");
        for (int k = 0; k < n.depth(); k++) {
            Activation f = n.activation(k);
            String layer = "dense" + (k + 1);
            boolean leaky = f == Activation.LEAKY_RELU;
            code.line(layer + " = keras.layers.Dense(" + n.layerSize(k + 1) + ", activation=\""
                    + (leaky ? "linear" : f.id()) + "\", dtype=\"float64\")")
                    .line("a = " + layer + "(a)");
            if (leaky) {
                code.line("a = keras.layers.LeakyReLU(negative_slope=" + CodeText.number(Activation.LEAKY_SLOPE)
                        + ", dtype=\"float64\")(a)");
            }
            code.line(layer + ".set_weights([W" + (k + 1) + ".T, b" + (k + 1) + "])");
        }
        code.line("return keras.Model(inputs, a)")
                .out()
                .blank().blank()
                .line("MODEL = build_model()")
                .blank().blank()
                .line("def predict(x, y):").in()
                .line("\"\"\"The network's outputs for the point (x, y), as an array.\"\"\"")
                .line("return MODEL.predict(features(x, y)[np.newaxis, :], verbose=0)[0]")
                .out().blank();
        PythonText.checks(code, n);
        return code.toString();
    }
}
