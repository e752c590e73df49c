package backprop.ui.explain;

import backprop.engine.nn.Activation;
import backprop.engine.train.Experiment;
import backprop.engine.nn.Network;
import backprop.engine.nn.Regularization;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.engine.train.UpdateArithmetic;
import backprop.ui.base.Html;
import backprop.ui.base.Target;

/**
 * The whole arithmetic of what was clicked in the diagram during a step-through, as HTML: a weight
 * or bias (its gradient and update), a neuron (z, a, f′(z) and δ, the chain rule term by term) or
 * an input. Ids start with {@code detail-}.
 */
final class ExplainDetail {
    private ExplainDetail() {
    }

    /** The whole arithmetic of one weight or bias. */
    static String link(Experiment experiment, Trace trace, Target t) {
        return link(experiment, trace, t, false);
    }

    static String link(Experiment experiment, Trace trace, Target t, boolean allDigits) {
        Trainer trainer = experiment.trainer();
        Network n = trace.before();
        int depth = n.depth();
        boolean bias = t.kind == Target.Kind.BIAS;
        UpdateArithmetic u = bias ? UpdateArithmetic.ofBias(trace, trainer, t.layer, t.index)
                : UpdateArithmetic.ofWeight(trace, trainer, t.layer, t.from, t.index);
        Html h = new Html(allDigits);
        String to = ExplainText.neuronName(t.layer + 1, t.index, depth);
        h.open("h4", null).text(bias ? "Bias of " + to
                : "Weight from " + ExplainText.sourceName(experiment, t.layer, t.from) + " to " + to).close("h4");
        h.open("ul", "explain-rows");
        h.open("li", null).text(bias ? "b = " : "w = ").num("detail-w", u.weight).close("li");
        if (bias) {
            h.open("li", null).text("a bias acts like a weight on an input that is always a = ")
                    .num("detail-a", u.source).close("li");
        } else {
            h.open("li", null).text("a = output of " + ExplainText.sourceName(experiment, t.layer, t.from) + " = ")
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
        if (u.wasDead) {
            h.open("li", null).text("Dead link: L1 regularization stopped this weight at 0 in an earlier step, so it"
                    + " gathers no gradient and no update moves it (until the network is reset).").close("li");
        } else if (u.regularization != Regularization.NONE && u.regularizationRate > 0) {
            h.open("li", null).text(u.regularization.id() + " regularization, after the optimizer's step: w₁ = w + Δw = ")
                    .num(null, u.weight + u.optimizerChange).text(", then −η·λ·R′(w) at the weight before the step = −")
                    .num(null, u.learningRate).text("·").num("detail-lambda", u.regularizationRate).text("·")
                    .factor(null, u.regularization.derivative(u.weight)).text(" = ")
                    .num("detail-dw-reg", u.regularizationChange)
                    .text(u.dies ? " (it would carry w₁ across 0: the weight stops at 0 and the link dies)"
                            : u.regularization == Regularization.L1 ? " (L1 stops at 0)" : "").close("li");
        }
        h.open("li", "explain-result").text(bias ? "Δb = " : "Δw = ").num("detail-dw", u.change)
                .text(bias ? ";  new b = b + Δb = " : ";  new w = w + Δw = ")
                .weight("detail-new-w", u.after, u.change)
                .text("  (was ").weight(null, u.weight, u.change).text(")").close("li");
        h.close("ul");
        return h.toString();
    }

    /** z, a, f′(z) and δ of a neuron, with the chain rule written term by term. */
    static String neuron(Experiment experiment, Trace trace, Target t) {
        return neuron(experiment, trace, t, false);
    }

    static String neuron(Experiment experiment, Trace trace, Target t, boolean allDigits) {
        Network n = trace.before();
        int depth = n.depth();
        int layer = t.layer;
        int k = layer - 1;
        int j = t.index;
        Activation f = ExplainText.activationOf(n, layer);
        double z = trace.preActivations(k)[j];
        double a = trace.outputs(k)[j];
        Html h = new Html(allDigits);
        h.open("h4", null).text(ExplainText.neuronName(layer, j, depth) + " (" + ExplainText.functionName(f) + ")").close("h4")
                .open("ul", "explain-rows");
        h.open("li", null).text("z = Σ w·a + b = ").num("detail-z", z).close("li");
        double[] mask = layer < depth ? trace.dropoutMask(k) : null;
        if (mask == null) {
            h.open("li", null).text("a = " + ExplainText.functionName(f) + "(z) = ").num("detail-a", a).close("li");
        } else {
            double p = n.dropoutRate(k);
            h.open("li", null).text("a = " + ExplainText.functionName(f) + "(z)·m = ").num(null, f.value(z)).text("·")
                    .factor(null, mask[j]).text(" = ").num("detail-a", a)
                    .text(mask[j] == 0 ? " (dropped in this step, p = " : " (kept, m = 1/(1 − p), p = ").num(null, p)
                    .text(")").close("li");
        }
        if (f != Activation.SOFTMAX) {
            double fz = mask == null ? a : f.value(z);
            h.open("li", null).text("f′(z) = " + ExplainText.derivativeRule(f) + " = ").num("detail-fprime", f.derivative(z, fz))
                    .close("li");
        }
        h.open("li", null).text("δ = ");
        if (layer == depth) {
            h.text(ExplainText.outputDeltaRule(experiment.trainer().loss(), f) + " Here δ = ");
        } else {
            int count = n.layerSize(layer + 1);
            int in = n.layerSize(layer);
            double[] w = n.weights(layer);
            double[] next = trace.deltas(layer);
            h.text("(Σ w·δ of the " + count + " neuron" + (count == 1 ? "" : "s") + " it feeds)·f′(z) = (");
            int[] order = largestFirst(w, next, in, j, count);
            int shown = Math.min(count, ExplainText.MAX_TERMS);
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
            // with dropout a = m·f(z), so δ = (Σ w·δ)·m·f′(z)
            double fPrime = f.derivative(z, mask == null ? a : f.value(z));
            String times = mask == null ? "" : "·" + backprop.ui.base.Format.number(mask[j]);
            h.text(")" + times + "·").factor(null, fPrime).text(" = ").factor("detail-sum", sum).text(times + "·")
                    .factor(null, fPrime).text(" = ");
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
        if (count <= ExplainText.MAX_TERMS) {
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
        return input(experiment, trace, featureOrdinal, false);
    }

    static String input(Experiment experiment, Trace trace, int featureOrdinal, boolean allDigits) {
        Html h = new Html(allDigits);
        int i = Target.inputIndex(experiment, featureOrdinal);
        h.open("h4", null).text("Input " + Target.inputLabel(experiment, featureOrdinal)).close("h4").open("p", null);
        if (i < 0) {
            h.text("This input is switched off, so the network does not see it.");
        } else {
            h.text("Its value for this example: a = ").num("detail-a", trace.inputs()[i])
                    .text(". Inputs have no z and no δ: the backward pass stops at the links that leave them.");
        }
        return h.close("p").toString();
    }
}
