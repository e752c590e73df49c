package backprop.engine.export;

import backprop.engine.data.Feature;
import backprop.engine.nn.Activation;

/**
 * The network as a PyTorch {@code nn.Module} in float64: {@code nn.Linear} layers with the trained
 * weights copied in, the activations as modules, the input features computed from points (x, y)
 * in {@code forward}, a {@code predict(x, y)} and the check points.
 */
final class PytorchExport {
    private PytorchExport() {
    }

    static String write(ExportedNetwork n) {
        CodeText code = new CodeText("    ");
        PythonText.header(code, n, "A PyTorch module", Describe.features(n, PytorchExport::featureExpression));
        code.blank().line("import torch").line("from torch import nn");
        PythonText.weights(code, n, "", "");
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

    /** A feature of the points, where x and y are tensors of shape (n,). */
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
                return "torch.sin(x)";
            case SIN_Y:
                return "torch.sin(y)";
            case COS_X:
                return "torch.cos(x)";
            case COS_Y:
                return "torch.cos(y)";
            default:
                throw new IllegalArgumentException("no PyTorch expression for the feature " + feature.id());
        }
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
