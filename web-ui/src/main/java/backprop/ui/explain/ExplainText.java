package backprop.ui.explain;

import backprop.engine.nn.Activation;
import backprop.engine.train.Experiment;
import backprop.engine.state.ExplainPhase;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.train.Trainer;
import backprop.ui.base.Html;

/**
 * The words of the step-through: the plain sentences of each phase, the names of neurons and
 * inputs, and the formulas (activation, derivative, loss, output δ, update rule) that
 * {@link ExplainNumbers} and {@link ExplainDetail} fill with the example's numbers.
 */
final class ExplainText {
    /** Terms of a sum written out before the rest is summarised. */
    static final int MAX_TERMS = 8;

    private ExplainText() {
    }

    // ---- the sentences -----------------------------------------------------------------

    static String sentences(ExplainPhase phase, int reached, int depth, Trainer trainer) {
        switch (phase) {
            case FORWARD:
                return "Forward pass (layer " + reached + " of " + depth + "). The example's inputs come in on the"
                        + " left. Each neuron adds up the outputs a of the layer before it, each multiplied by the"
                        + " weight w of its link, plus its bias b: z = Σ w·a + b. Then it applies its activation"
                        + " function: a = f(z). Layer by layer, this turns the inputs into the network's output."
                        + " Press Next to light up the next layer.";
            case LOSS:
                return "Loss. The output is compared with the target — the right answer for this example. The loss L"
                        + " says how wrong the output is: 0 when it is exactly right, larger the further off it is."
                        + " Training is nothing but nudging every weight so that L gets smaller.";
            case BACKWARD:
                return "Backward pass (layer " + reached + " of " + depth + ", from the output back). For each neuron"
                        + " we ask: if its z grew a little, how much would L grow? That number is δ = ∂L/∂z. At the"
                        + " output it comes straight from the loss. Each earlier neuron collects the δ of the neurons"
                        + " it feeds, each weighted by the link between them, and multiplies by the slope of its own"
                        + " activation: δ = (Σ w·δ of the next layer)·f′(z) — the chain rule. A link's gradient is then"
                        + " ∂L/∂w = δ·a: the δ where it ends times the output a where it starts. Links are coloured by"
                        + " ∂L/∂w (green positive, purple negative) and drawn thicker for a larger |∂L/∂w|.";
            default:
                return "Update. Every weight takes a small step against its gradient, so that L goes down: "
                        + updateFormula(trainer) + " The learning rate η sets the size of the step. Links with a"
                        + " large gradient move most; the links are coloured by Δw (green: the weight grows, purple: it shrinks)"
                        + " and drawn thicker for a larger |Δw|. \"Apply this update\" makes exactly these changes — one training"
                        + " step with a batch of this one example.";
        }
    }

    static String updateFormula(Trainer trainer) {
        String rule;
        OptimizerType type = trainer.optimizer().type();
        if (type == OptimizerType.MOMENTUM) {
            rule = "with momentum the velocity v remembers earlier steps: v ← β·v − η·∂L/∂w, then Δw = v"
                    + " (β = " + Html.show(trainer.optimizer().momentum()) + ").";
        } else if (type == OptimizerType.ADAM) {
            rule = "Adam keeps running means of the gradient and of its square: m ← β₁·m + (1 − β₁)·g,"
                    + " v ← β₂·v + (1 − β₂)·g², corrects their start-up bias m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),"
                    + " and steps Δw = −η·m̂ / (√v̂ + ε), where g = ∂L/∂w.";
        } else {
            rule = "Δw = −η·∂L/∂w.";
        }
        if (trainer.regularization() != Regularization.NONE && trainer.regularizationRate() > 0) {
            rule += " Then " + trainer.regularization().id() + " regularization pulls the weight towards 0:"
                    + " w ← w − η·λ·R′(w₀), R′ taken at the weight w₀ before the step, with λ = "
                    + Html.show(trainer.regularizationRate())
                    + (trainer.regularization() == Regularization.L1 ? ", R′(w) = sign(w). A weight L1 would carry"
                            + " across 0 stops at 0 and its link dies (drawn dashed): it learns no more." : ", R′(w) = w.");
        }
        return rule;
    }

    // ---- names -------------------------------------------------------------------------

    static String neuronName(int layer, int index, int depth) {
        return layer == depth ? (depth > 0 ? "output " + (index + 1) : "") : "neuron " + (index + 1) + " of layer " + layer;
    }

    static String sourceName(Experiment experiment, int layer, int index) {
        int depth = experiment.network().depth();
        return layer == 0 ? experiment.features().label(index) : neuronName(layer, index, depth);
    }

    static String functionName(Activation f) {
        switch (f) {
            case TANH:
                return "tanh";
            case SIGMOID:
                return "σ";
            case RELU:
                return "ReLU";
            case LEAKY_RELU:
                return "leaky ReLU";
            case ELU:
                return "ELU";
            case SOFTMAX:
                return "softmax";
            default:
                return "linear";
        }
    }

    static String derivativeRule(Activation f) {
        switch (f) {
            case TANH:
                return "1 − a²";
            case SIGMOID:
                return "a·(1 − a)";
            case RELU:
                return "1 if z > 0, else 0";
            case LEAKY_RELU:
                return "1 if z > 0, else 0.01";
            case ELU:
                return "1 if z > 0, else a + 1";
            default:
                return "1";
        }
    }

    static Activation activationOf(Network n, int layer) {
        return n.activation(layer - 1);
    }

    static String lossFormula(Loss loss) {
        switch (loss) {
            case SQUARE:
                return "Square loss: L = ½·Σ (o − t)², summed over the outputs.";
            case BINARY_CROSS_ENTROPY:
                return "Cross-entropy: L = −[t·ln o + (1 − t)·ln(1 − o)] (o is a probability, t is 0 or 1).";
            default:
                return "Cross-entropy: L = −Σ t·ln o, summed over the classes (o are the softmax probabilities).";
        }
    }

    static String outputDeltaRule(Loss loss, Activation f) {
        if (loss == Loss.SQUARE) {
            if (f == Activation.SOFTMAX) {
                return "With the square loss on softmax outputs: δ_j = o_j·(d_j − Σ_k d_k·o_k), where d = o − t.";
            }
            return "With the square loss: δ = ∂L/∂o · f′(z) = (o − t)·f′(z), and f′(z) = "
                    + derivativeRule(f) + " for " + functionName(f) + ".";
        }
        if (loss == Loss.BINARY_CROSS_ENTROPY) {
            return "With cross-entropy on a sigmoid output, the slopes cancel: δ = o − t.";
        }
        return "With cross-entropy on softmax outputs, the slopes cancel: δ = o − t.";
    }
}
