package backprop.ui;

import backprop.engine.Activation;
import backprop.engine.Experiment;
import backprop.engine.ExplainPhase;
import backprop.engine.Loss;
import backprop.engine.Network;
import backprop.engine.OptimizerType;
import backprop.engine.Regularization;
import backprop.engine.Trace;
import backprop.engine.Trainer;
import backprop.engine.UpdateArithmetic;

/**
 * What the step-through panel says and shows, as HTML: the plain sentences of
 * each phase, the numbers of each phase (every one from the engine's
 * {@link Trace} of the example), and the whole arithmetic of a clicked link,
 * bias or neuron. Element ids name each number so that tests can read it:
 * {@code explain-z-L-j}, {@code explain-a-L-j}, {@code explain-delta-L-j}
 * (layer L = 1..D, neuron j), {@code explain-loss},
 * {@code explain-dw-k-j-i} (weight layer k, destination j, source i), and
 * {@code detail-…} in the detail panel.
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
                    + " w ← w − η·λ·R′(w) with λ = " + Html.show(trainer.regularizationRate())
                    + (trainer.regularization() == Regularization.L1 ? ", R′(w) = sign(w), never across 0."
                            : ", R′(w) = w.");
        }
        return rule;
    }

    // ---- names -------------------------------------------------------------------------

    static String neuronName(int layer, int index, int depth) {
        return layer == depth ? (depth > 0 ? "output " + (index + 1) : "") : "neuron " + (index + 1) + " of layer " + layer;
    }

    static String sourceName(Experiment experiment, int layer, int index) {
        int depth = experiment.network().depth();
        return layer == 0 ? experiment.features().feature(index).label() : neuronName(layer, index, depth);
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
        return layer == n.depth() ? n.outputActivation() : n.hiddenActivation();
    }

    // ---- per phase ---------------------------------------------------------------------

    static String numbers(Experiment experiment, Trace trace, ExplainPhase phase, int reached) {
        Html h = new Html();
        Network n = trace.before();
        int depth = n.depth();
        switch (phase) {
            case FORWARD:
                inputs(h, experiment, trace);
                for (int layer = 1; layer <= reached; layer++) {
                    forwardLayer(h, experiment, trace, layer);
                }
                break;
            case LOSS:
                loss(h, experiment, trace);
                break;
            case BACKWARD:
                for (int layer = depth; layer > depth - reached; layer--) {
                    backwardLayer(h, experiment, trace, layer);
                }
                break;
            default:
                update(h, experiment, trace);
        }
        return h.toString();
    }

    private static void inputs(Html h, Experiment experiment, Trace trace) {
        h.open("h4", null).text("Inputs").close("h4").open("p", null);
        double[] in = trace.inputs();
        for (int i = 0; i < in.length; i++) {
            h.text(i == 0 ? "" : ",  ").text("a = " + experiment.features().feature(i).label() + " = ")
                    .num("explain-in-" + i, in[i]);
        }
        h.close("p");
    }

    private static void forwardLayer(Html h, Experiment experiment, Trace trace, int layer) {
        Network n = trace.before();
        int depth = n.depth();
        int k = layer - 1;
        Activation f = activationOf(n, layer);
        h.open("h4", null).text((layer == depth ? "Output layer" : "Layer " + layer) + " (" + functionName(f) + ")")
                .close("h4").open("ul", "explain-rows");
        double[] w = n.weights(k);
        double[] b = n.biases(k);
        double[] prev = k == 0 ? trace.inputs() : trace.outputs(k - 1);
        int in = n.layerSize(k);
        for (int j = 0; j < n.layerSize(layer); j++) {
            h.open("li", null).text(neuronName(layer, j, depth) + ": z = ");
            double[] terms = new double[in];
            for (int i = 0; i < in; i++) {
                terms[i] = w[j * in + i] * prev[i];
            }
            int shown = Math.min(in, MAX_TERMS);
            for (int i = 0; i < shown; i++) {
                h.text(i == 0 ? "" : " + ").factor(null, w[j * in + i]).text("·").factor(null, prev[i]);
            }
            if (in > shown) {
                double rest = 0;
                for (int i = shown; i < in; i++) {
                    rest += terms[i];
                }
                h.text(" + (" + (in - shown) + " more terms: ").num(null, rest).text(")");
            }
            h.text(" + ").factor(null, b[j]).text(" = ").num("explain-z-" + layer + "-" + j, trace.preActivations(k)[j]);
            h.text(";  a = " + functionName(f) + "(z) = ").num("explain-a-" + layer + "-" + j, trace.outputs(k)[j]);
            h.close("li");
        }
        h.close("ul");
    }

    private static void loss(Html h, Experiment experiment, Trace trace) {
        Network n = trace.before();
        int depth = n.depth();
        Loss loss = experiment.trainer().loss();
        double[] o = trace.outputs(depth - 1);
        double[] t = trace.targets();
        h.open("p", "formula").text(lossFormula(loss)).close("p").open("ul", "explain-rows");
        for (int k = 0; k < o.length; k++) {
            h.open("li", null).text(neuronName(depth, k, depth) + ": o = ").num("explain-o-" + k, o[k])
                    .text(", target t = ").num("explain-t-" + k, t[k]).close("li");
        }
        h.close("ul").open("p", "explain-result").text("L = ");
        if (loss == Loss.SQUARE) {
            h.text("½·(");
            for (int k = 0; k < o.length; k++) {
                h.text(k == 0 ? "" : " + ").text("(").num(null, o[k]).text(" − ").factor(null, t[k]).text(")²");
            }
            h.text(") = ");
        }
        h.num("explain-loss", trace.loss()).close("p");
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

    private static void backwardLayer(Html h, Experiment experiment, Trace trace, int layer) {
        Network n = trace.before();
        int depth = n.depth();
        int k = layer - 1;
        Activation f = activationOf(n, layer);
        Loss loss = experiment.trainer().loss();
        h.open("h4", null).text(layer == depth ? "Output layer" : "Layer " + layer).close("h4");
        if (layer == depth) {
            h.open("p", "formula").text(outputDeltaRule(loss, f)).close("p");
        }
        h.open("ul", "explain-rows");
        double[] z = trace.preActivations(k);
        double[] a = trace.outputs(k);
        double[] d = trace.deltas(k);
        for (int j = 0; j < n.layerSize(layer); j++) {
            h.open("li", null).text(neuronName(layer, j, depth) + ": δ = ");
            if (layer == depth) {
                double o = a[j];
                double t = trace.targets()[j];
                if (loss == Loss.SQUARE && f != Activation.SOFTMAX) {
                    h.text("(").num(null, o).text(" − ").factor(null, t).text(")·").factor(null, f.derivative(z[j], o));
                    h.text(" = ");
                } else if (loss != Loss.SQUARE) {
                    h.num(null, o).text(" − ").factor(null, t).text(" = ");
                }
            } else {
                chainSum(h, n, trace, layer, j);
                h.text("·").factor(null, f.derivative(z[j], a[j])).text(" = ");
            }
            h.num("explain-delta-" + layer + "-" + j, d[j]).close("li");
        }
        h.close("ul");
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

    /** "(w₁·δ₁ + w₂·δ₂ + …)": the neurons of layer + 1 that neuron j feeds, summarised beyond {@link #MAX_TERMS}. */
    private static void chainSum(Html h, Network n, Trace trace, int layer, int j) {
        double[] w = n.weights(layer);
        double[] next = trace.deltas(layer);
        int in = n.layerSize(layer);
        int count = n.layerSize(layer + 1);
        h.text("(");
        int shown = Math.min(count, MAX_TERMS);
        for (int m = 0; m < shown; m++) {
            h.text(m == 0 ? "" : " + ").factor(null, w[m * in + j]).text("·").factor(null, next[m]);
        }
        if (count > shown) {
            double rest = 0;
            for (int m = shown; m < count; m++) {
                rest += w[m * in + j] * next[m];
            }
            h.text(" + (" + (count - shown) + " more terms: ").num(null, rest).text(")");
        }
        h.text(")");
    }

    private static void update(Html h, Experiment experiment, Trace trace) {
        Network n = trace.before();
        int depth = n.depth();
        Trainer trainer = experiment.trainer();
        h.open("p", "formula").text(updateFormula(trainer)).text(" η = ").num("explain-lr", trainer.learningRate())
                .close("p");
        if (!trace.finite()) {
            h.open("p", "explain-warning").text("This step would make a weight infinite or NaN, so applying it changes"
                    + " nothing. Lower the learning rate.").close("p");
        }
        for (int k = 0; k < depth; k++) {
            int in = n.layerSize(k);
            h.open("h4", null).text("Links into " + (k + 1 == depth ? "the output" : "layer " + (k + 1))).close("h4")
                    .open("ul", "explain-rows");
            double[] w = n.weights(k);
            double[] after = trace.after().weights(k);
            double[] dw = trace.weightChanges(k);
            for (int j = 0; j < n.layerSize(k + 1); j++) {
                for (int i = 0; i < in; i++) {
                    int idx = j * in + i;
                    String id = k + "-" + j + "-" + i;
                    h.open("li", null).text(sourceName(experiment, k, i) + " → " + neuronName(k + 1, j, depth) + ": ")
                            .num("explain-w-" + id, w[idx], Html.precise(w[idx], dw[idx])).text(" → ")
                            .num("explain-wafter-" + id, after[idx], Html.precise(after[idx], dw[idx]))
                            .text("  (Δw = ").num("explain-dw-" + id, dw[idx]).text(")").close("li");
                }
            }
            double[] db = trace.biasChanges(k);
            for (int j = 0; j < n.layerSize(k + 1); j++) {
                double b = n.biases(k)[j];
                h.open("li", null).text("bias of " + neuronName(k + 1, j, depth) + ": ")
                        .num(null, b, Html.precise(b, db[j])).text(" → ")
                        .num(null, trace.after().biases(k)[j], Html.precise(trace.after().biases(k)[j], db[j]))
                        .text("  (Δb = ").num("explain-db-" + k + "-" + j, db[j]).text(")").close("li");
            }
            h.close("ul");
        }
    }

    // ---- the detail panel ----------------------------------------------------------------

    /** The whole arithmetic of one weight or bias. */
    static String link(Experiment experiment, Trace trace, Target t) {
        Trainer trainer = experiment.trainer();
        Network n = trace.before();
        int depth = n.depth();
        boolean bias = t.kind == Target.Kind.BIAS;
        UpdateArithmetic u = bias ? UpdateArithmetic.ofBias(trace, trainer, t.layer, t.index)
                : UpdateArithmetic.ofWeight(trace, trainer, t.layer, t.from, t.index);
        Html h = new Html();
        String to = neuronName(t.layer + 1, t.index, depth);
        h.open("h4", null).text(bias ? "Bias of " + to
                : "Weight from " + sourceName(experiment, t.layer, t.from) + " to " + to).close("h4");
        h.open("ul", "explain-rows");
        h.open("li", null).text(bias ? "b = " : "w = ").num("detail-w", u.weight).close("li");
        if (bias) {
            h.open("li", null).text("a bias acts like a weight on an input that is always a = ")
                    .num("detail-a", u.source).close("li");
        } else {
            h.open("li", null).text("a = output of " + sourceName(experiment, t.layer, t.from) + " = ")
                    .num("detail-a", u.source).close("li");
        }
        h.open("li", null).text("δ of " + to + " = ").num("detail-delta", u.delta).close("li");
        h.open("li", null).text(bias ? "∂L/∂b = δ = " : "∂L/∂w = δ·a = ").factor(null, u.delta).text("·")
                .factor(null, u.source).text(" = ").num("detail-grad", u.gradient).close("li");
        h.open("li", null).text("η = ").num("detail-lr", u.learningRate).close("li");
        switch (u.optimizer) {
            case MOMENTUM:
                h.open("li", null).text("v ← β·v − η·∂L/∂w = ").num("detail-beta", u.beta).text("·")
                        .factor("detail-v-before", u.firstBefore).text(" − ").num(null, u.learningRate).text("·")
                        .factor(null, u.gradient).text(" = ").num("detail-v-after", u.firstAfter).close("li");
                h.open("li", null).text("Δw (momentum) = v = ").num("detail-dw-opt", u.optimizerChange).close("li");
                break;
            case ADAM:
                h.open("li", null).text("m ← β₁·m + (1 − β₁)·g = ").num("detail-beta", u.beta).text("·")
                        .factor("detail-m-before", u.firstBefore).text(" + ").num(null, 1 - u.beta).text("·")
                        .factor(null, u.gradient).text(" = ").num("detail-m-after", u.firstAfter).close("li");
                h.open("li", null).text("v ← β₂·v + (1 − β₂)·g² = ").num("detail-beta2", u.beta2).text("·")
                        .factor("detail-s-before", u.secondBefore).text(" + ").num(null, 1 - u.beta2).text("·")
                        .factor(null, u.gradient).text("² = ").num("detail-s-after", u.secondAfter).close("li");
                h.open("li", null).text("step t = " + u.step + ":  m̂ = m / (1 − β₁ᵗ) = ").num("detail-mhat", u.firstCorrected)
                        .text(",  v̂ = v / (1 − β₂ᵗ) = ").num("detail-vhat", u.secondCorrected).close("li");
                h.open("li", null).text("Δw (Adam) = −η·m̂ / (√v̂ + ε) = −").num(null, u.learningRate).text("·")
                        .factor(null, u.firstCorrected).text(" / (").num(null, Math.sqrt(u.secondCorrected))
                        .text(" + ").num(null, u.epsilon).text(") = ").num("detail-dw-opt", u.optimizerChange)
                        .close("li");
                break;
            default:
                h.open("li", null).text((bias ? "Δb = −η·∂L/∂b = −" : "Δw = −η·∂L/∂w = −")).num(null, u.learningRate)
                        .text("·").factor(null, u.gradient).text(" = ").num("detail-dw-opt", u.optimizerChange)
                        .close("li");
        }
        if (u.regularization != Regularization.NONE && u.regularizationRate > 0) {
            h.open("li", null).text(u.regularization.id() + " regularization, after the optimizer's step: w₁ = w + Δw = ")
                    .num(null, u.weight + u.optimizerChange).text(", then −η·λ·R′(w₁) = −").num(null, u.learningRate)
                    .text("·").num("detail-lambda", u.regularizationRate).text("·")
                    .factor(null, u.regularization.derivative(u.weight + u.optimizerChange)).text(" = ")
                    .num("detail-dw-reg", u.regularizationChange)
                    .text(u.regularization == Regularization.L1 ? " (L1 stops at 0)" : "").close("li");
        }
        h.open("li", "explain-result").text(bias ? "Δb = " : "Δw = ").num("detail-dw", u.change)
                .text(bias ? ";  new b = b + Δb = " : ";  new w = w + Δw = ")
                .num("detail-new-w", u.after, Html.precise(u.after, u.change))
                .text("  (was ").num(null, u.weight, Html.precise(u.weight, u.change)).text(")").close("li");
        h.close("ul");
        return h.toString();
    }

    /** z, a, f′(z) and δ of a neuron, with the chain rule written term by term. */
    static String neuron(Experiment experiment, Trace trace, Target t) {
        Network n = trace.before();
        int depth = n.depth();
        int layer = t.layer;
        int k = layer - 1;
        int j = t.index;
        Activation f = activationOf(n, layer);
        double z = trace.preActivations(k)[j];
        double a = trace.outputs(k)[j];
        Html h = new Html();
        h.open("h4", null).text(neuronName(layer, j, depth) + " (" + functionName(f) + ")").close("h4")
                .open("ul", "explain-rows");
        h.open("li", null).text("z = Σ w·a + b = ").num("detail-z", z).close("li");
        h.open("li", null).text("a = " + functionName(f) + "(z) = ").num("detail-a", a).close("li");
        if (f != Activation.SOFTMAX) {
            h.open("li", null).text("f′(z) = " + derivativeRule(f) + " = ").num("detail-fprime", f.derivative(z, a))
                    .close("li");
        }
        h.open("li", null).text("δ = ");
        if (layer == depth) {
            h.text(outputDeltaRule(experiment.trainer().loss(), f) + " Here δ = ");
        } else {
            int count = n.layerSize(layer + 1);
            int in = n.layerSize(layer);
            double[] w = n.weights(layer);
            double[] next = trace.deltas(layer);
            h.text("(Σ w·δ of the " + count + " neuron" + (count == 1 ? "" : "s") + " it feeds)·f′(z) = (");
            int[] order = largestFirst(w, next, in, j, count);
            int shown = Math.min(count, MAX_TERMS);
            double sum = 0;
            for (int m = 0; m < count; m++) {
                sum += w[m * in + j] * next[m];
            }
            for (int s = 0; s < shown; s++) {
                int m = order[s];
                h.text(s == 0 ? "" : " + ").factor("detail-term-w-" + m, w[m * in + j]).text("·")
                        .factor("detail-term-delta-" + m, next[m]);
            }
            if (count > shown) {
                double rest = 0;
                for (int s = shown; s < count; s++) {
                    rest += w[order[s] * in + j] * next[order[s]];
                }
                h.text(" + " + (count - shown) + " smaller terms adding up to ").num(null, rest);
            }
            h.text(")·").factor(null, f.derivative(z, a)).text(" = ").factor("detail-sum", sum).text("·")
                    .factor(null, f.derivative(z, a)).text(" = ");
        }
        h.num("detail-delta", trace.deltas(k)[j]).close("li").close("ul");
        return h.toString();
    }

    /** The next-layer indices m ordered by |w·δ|, largest first (the natural order when all fit). */
    private static int[] largestFirst(double[] w, double[] next, int in, int j, int count) {
        int[] order = new int[count];
        for (int m = 0; m < count; m++) {
            order[m] = m;
        }
        if (count <= MAX_TERMS) {
            return order;
        }
        for (int s = 1; s < count; s++) {
            int m = order[s];
            double v = Math.abs(w[m * in + j] * next[m]);
            int p = s - 1;
            while (p >= 0 && Math.abs(w[order[p] * in + j] * next[order[p]]) < v) {
                order[p + 1] = order[p];
                p--;
            }
            order[p + 1] = m;
        }
        return order;
    }

    /** An input's value in this example. */
    static String input(Experiment experiment, Trace trace, int featureOrdinal) {
        Html h = new Html();
        backprop.engine.Feature feature = backprop.engine.Feature.values()[featureOrdinal];
        int i = experiment.features().indexOf(feature);
        h.open("h4", null).text("Input " + feature.label()).close("h4").open("p", null);
        if (i < 0) {
            h.text("This input is switched off, so the network does not see it.");
        } else {
            h.text("Its value for this example: a = ").num("detail-a", trace.inputs()[i])
                    .text(". Inputs have no z and no δ: the backward pass stops at the links that leave them.");
        }
        return h.close("p").toString();
    }
}
