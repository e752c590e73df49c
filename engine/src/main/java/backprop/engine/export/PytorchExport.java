package backprop.engine.export;

import backprop.engine.formula.Formula;
import backprop.engine.nn.Activation;

/**
 * The network as a PyTorch {@code nn.Module} in float64: {@code nn.Linear} layers with the trained
 * weights copied in, the activations as modules, the input features computed from points (x, y)
 * in {@code forward}, a {@code predict(x, y)} and the check points. Typed features are computed
 * with torch's functions, a {@code power} that follows Java's {@code Math.pow} and a
 * {@code defined} that feeds 0 where one is NaN or infinite, as the engine does.
 */
final class PytorchExport {
    private PytorchExport() {
    }

    static String write(ExportedNetwork n) {
        CodeText code = new CodeText("    ");
        PythonText.header(code, n, "A PyTorch module", PytorchExport::featureExpression);
        code.blank();
        if (n.typedCount() > 0) {
            code.line("import math").blank();
        }
        code.line("import torch").line("from torch import nn");
        PythonText.weights(code, n, "", "");
        if (n.typedCount() > 0) {
            helpers(code);
        }
        code.blank().blank()
                .line("class PlaygroundNetwork(nn.Module):").in()
                .line("\"\"\"Maps points (x, y), a tensor of shape (n, 2), to the network's outputs, shape (n, "
                        + n.outputCount() + ").\"\"\"")
                .blank()
                .line("def __init__(self):").in()
                .line("super().__init__()")
                .line("self.layers = nn.Sequential(").in();
        for (int k = 0; k < n.depth(); k++) {
            code.line("nn.Linear(" + n.layerSize(k) + ", " + n.layerSize(k + 1) + "), " + module(n.activation(k)) + ",");
        }
        code.out().line(").double()")
                .line("with torch.no_grad():").in();
        for (int k = 0; k < n.depth(); k++) {
            code.line("self.layers[" + 2 * k + "].weight.copy_(torch.tensor(W" + (k + 1) + ", dtype=torch.float64))")
                    .line("self.layers[" + 2 * k + "].bias.copy_(torch.tensor(b" + (k + 1) + ", dtype=torch.float64))");
        }
        code.out().out()
                .blank()
                .line("@staticmethod")
                .line("def features(xy):").in()
                .line("\"\"\"The network's inputs for each point, in the order of the columns of W1.\"\"\"")
                .line("x, y = xy[:, 0], xy[:, 1]")
                .line("return torch.stack([" + Describe.features(n, PytorchExport::featureExpression) + "], dim=1)")
                .out()
                .blank()
                .line("def forward(self, xy):").in()
                .line("return self.layers(self.features(xy))")
                .out().out()
                .blank().blank()
                .line("MODEL = PlaygroundNetwork().eval()")
                .blank().blank()
                .line("def predict(x, y):").in()
                .line("\"\"\"The network's outputs for the point (x, y), as a list.\"\"\"")
                .line("with torch.no_grad():").in()
                .line("return MODEL(torch.tensor([[x, y]], dtype=torch.float64))[0].tolist()")
                .out().out().blank();
        PythonText.checks(code, n);
        return code.toString();
    }

    /** The functions typed features use: {@code defined} and {@code power}. */
    private static void helpers(CodeText code) {
        code.blank().blank()
                .line("def defined(v):").in()
                .line("\"\"\"A typed feature's input: its value, or 0 where that is NaN or infinite (as in the playground).\"\"\"")
                .line("return torch.nan_to_num(v, nan=0.0, posinf=0.0, neginf=0.0)")
                .out()
                .blank().blank()
                .line("def power(a, b):").in()
                .line("\"\"\"a ** b as the playground computes it (Java's Math.pow): NaN where torch gives 1, for 1 ** nan"
                        + " and (+-1) ** (+-inf).\"\"\"")
                .line("a, b = torch.as_tensor(a, dtype=torch.float64), torch.as_tensor(b, dtype=torch.float64)")
                .line("return torch.pow(a, b).masked_fill(torch.isnan(b) | ((a.abs() == 1) & torch.isinf(b)), math.nan)")
                .out();
    }

    /** Input i of the points, where x and y are tensors of shape (n,). */
    static String featureExpression(ExportedNetwork n, int i) {
        Formula typed = n.formula(i);
        if (typed != null) {
            String value = "defined(" + typed.toCode(MathLibrary.TORCH) + ")";
            return typed.constant() ? value + ".expand_as(x)" : value;
        }
        return MathLibrary.TORCH.feature(n.feature(i));
    }

    /** The torch module computing activation f as the engine does. */
    static String module(Activation f) {
        switch (f) {
            case LINEAR:
                return "nn.Identity()";
            case RELU:
                return "nn.ReLU()";
            case LEAKY_RELU:
                return "nn.LeakyReLU(" + CodeText.number(Activation.LEAKY_SLOPE) + ")";
            case ELU:
                return "nn.ELU(alpha=1.0)";
            case TANH:
                return "nn.Tanh()";
            case SIGMOID:
                return "nn.Sigmoid()";
            case SOFTMAX:
                return "nn.Softmax(dim=1)";
            default:
                throw new IllegalArgumentException("no PyTorch module for the activation " + f.id());
        }
    }
}
