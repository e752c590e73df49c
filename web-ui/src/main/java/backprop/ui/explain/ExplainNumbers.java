package backprop.ui.explain;

import backprop.engine.nn.Activation;
import backprop.engine.train.Experiment;
import backprop.engine.state.ExplainPhase;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.ui.base.Html;

/**
 * The numbers of each step-through phase as HTML, every one from the engine's {@link Trace} of
 * the example: the inputs and each layer's z and a (forward), the loss, each layer's δ with its
 * chain rule (backward), and every Δw and Δb (update). Ids name each number so that tests can
 * read it: {@code explain-z-L-j}, {@code explain-a-L-j}, {@code explain-delta-L-j} (layer L = 1..D,
 * neuron j), {@code explain-loss}, {@code explain-dw-k-j-i} (weight layer k, destination j, source i).
 */
final class ExplainNumbers {
    private ExplainNumbers() {
    }

    static String numbers(Experiment experiment, Trace trace, ExplainPhase phase, int reached) {
        return numbers(experiment, trace, phase, reached, false);
    }

    /** The numbers of a phase, each with all its digits when {@code allDigits}. */
    static String numbers(Experiment experiment, Trace trace, ExplainPhase phase, int reached, boolean allDigits) {
        Html h = new Html(allDigits);
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
            h.text(i == 0 ? "" : ",  ").text("a = " + experiment.features().label(i) + " = ")
                    .num("explain-in-" + i, in[i]);
        }
        h.close("p");
    }

    private static void forwardLayer(Html h, Experiment experiment, Trace trace, int layer) {
        Network n = trace.before();
        int depth = n.depth();
        int k = layer - 1;
        Activation f = ExplainText.activationOf(n, layer);
        h.open("h4", null).text((layer == depth ? "Output layer" : "Layer " + layer) + " (" + ExplainText.functionName(f) + ")")
                .close("h4");
        double[] mask = layer < depth ? trace.dropoutMask(k) : null;
        if (mask != null) {
            dropoutNote(h, n, layer, mask);
        }
        h.open("ul", "explain-rows");
        double[] w = n.weights(k);
        double[] b = n.biases(k);
        double[] prev = k == 0 ? trace.inputs() : trace.outputs(k - 1);
        int in = n.layerSize(k);
        for (int j = 0; j < n.layerSize(layer); j++) {
            h.open("li", null).text(ExplainText.neuronName(layer, j, depth) + ": z = ");
            double[] terms = new double[in];
            for (int i = 0; i < in; i++) {
                terms[i] = w[j * in + i] * prev[i];
            }
            int shown = Math.min(in, ExplainText.MAX_TERMS);
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
            String name = ExplainText.functionName(f);
            if (mask == null) {
                h.text(";  a = " + name + "(z) = ").num("explain-a-" + layer + "-" + j, trace.outputs(k)[j]);
            } else if (mask[j] == 0) {
                h.text(";  " + name + "(z) = ").num(null, f.value(trace.preActivations(k)[j]))
                        .text(", dropped: a = ").num("explain-a-" + layer + "-" + j, 0.0);
            } else {
                h.text(";  a = " + name + "(z)·1/(1 − p) = ").num(null, f.value(trace.preActivations(k)[j]))
                        .text("·").factor(null, mask[j]).text(" = ")
                        .num("explain-a-" + layer + "-" + j, trace.outputs(k)[j]);
            }
            h.close("li");
        }
        h.close("ul");
    }

    /** Dropout in this layer: the rate, the 1/(1 − p) scale and this example's mask. */
    private static void dropoutNote(Html h, Network n, int layer, double[] mask) {
        double p = n.dropoutRate(layer - 1);
        int dropped = 0;
        StringBuilder kept = new StringBuilder();
        for (int j = 0; j < mask.length; j++) {
            dropped += mask[j] == 0 ? 1 : 0;
            kept.append(mask[j] == 0 ? '✕' : '●');
        }
        h.open("p", "formula explain-dropout").text("Dropout p = ").num(null, p).text(": while training, each neuron "
                + "is dropped with probability p and a kept one is scaled by 1/(1 − p) = ").num(null, 1 / (1 - p))
                .text(", so the next layer sees the same on average. This example's mask ")
                .open("span", "explain-mask").text(kept.toString()).close("span")
                .text(": " + dropped + " of " + mask.length + " dropped. The plot and the losses use no dropout.")
                .close("p");
    }

    private static void loss(Html h, Experiment experiment, Trace trace) {
        Network n = trace.before();
        int depth = n.depth();
        Loss loss = experiment.trainer().loss();
        double[] o = trace.outputs(depth - 1);
        double[] t = trace.targets();
        h.open("p", "formula").text(ExplainText.lossFormula(loss)).close("p").open("ul", "explain-rows");
        for (int k = 0; k < o.length; k++) {
            h.open("li", null).text(ExplainText.neuronName(depth, k, depth) + ": o = ").num("explain-o-" + k, o[k])
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

    private static void backwardLayer(Html h, Experiment experiment, Trace trace, int layer) {
        Network n = trace.before();
        int depth = n.depth();
        int k = layer - 1;
        Activation f = ExplainText.activationOf(n, layer);
        Loss loss = experiment.trainer().loss();
        h.open("h4", null).text(layer == depth ? "Output layer" : "Layer " + layer).close("h4");
        if (layer == depth) {
            h.open("p", "formula").text(ExplainText.outputDeltaRule(loss, f)).close("p");
        }
        h.open("ul", "explain-rows");
        double[] z = trace.preActivations(k);
        double[] a = trace.outputs(k);
        double[] d = trace.deltas(k);
        for (int j = 0; j < n.layerSize(layer); j++) {
            h.open("li", null).text(ExplainText.neuronName(layer, j, depth) + ": δ = ");
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
                double[] mask = trace.dropoutMask(k);
                if (mask != null) {
                    // a = m·f(z): δ = (Σ w·δ)·m·f′(z), f′ from f(z) before the mask
                    h.text("·").factor(null, mask[j]);
                }
                h.text("·").factor(null, f.derivative(z[j], mask == null ? a[j] : f.value(z[j]))).text(" = ");
            }
            h.num("explain-delta-" + layer + "-" + j, d[j]).close("li");
        }
        h.close("ul");
    }

    /** "(w₁·δ₁ + w₂·δ₂ + …)": the neurons of layer + 1 that neuron j feeds, summarised beyond {@link #ExplainText.MAX_TERMS}. */
    private static void chainSum(Html h, Network n, Trace trace, int layer, int j) {
        double[] w = n.weights(layer);
        double[] next = trace.deltas(layer);
        int in = n.layerSize(layer);
        int count = n.layerSize(layer + 1);
        h.text("(");
        int shown = Math.min(count, ExplainText.MAX_TERMS);
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
        h.open("p", "formula").text(ExplainText.updateFormula(trainer)).text(" η = ").num("explain-lr", trainer.learningRateNow())
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
                    h.open("li", null).text(ExplainText.sourceName(experiment, k, i) + " → " + ExplainText.neuronName(k + 1, j, depth) + ": ")
                            .weight("explain-w-" + id, w[idx], dw[idx]).text(" → ")
                            .weight("explain-wafter-" + id, after[idx], dw[idx])
                            .text("  (Δw = ").num("explain-dw-" + id, dw[idx]).text(")").close("li");
                }
            }
            double[] db = trace.biasChanges(k);
            for (int j = 0; j < n.layerSize(k + 1); j++) {
                double b = n.biases(k)[j];
                h.open("li", null).text("bias of " + ExplainText.neuronName(k + 1, j, depth) + ": ")
                        .weight(null, b, db[j]).text(" → ")
                        .weight(null, trace.after().biases(k)[j], db[j])
                        .text("  (Δb = ").num("explain-db-" + k + "-" + j, db[j]).text(")").close("li");
            }
            h.close("ul");
        }
    }

    // ---- the detail panel ----------------------------------------------------------------
}
