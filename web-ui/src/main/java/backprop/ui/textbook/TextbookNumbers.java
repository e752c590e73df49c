package backprop.ui.textbook;

import backprop.engine.text.NumberText;
import backprop.engine.train.TextbookExample;
import backprop.ui.base.Html;

/**
 * The four panels of the textbook example's numbers as HTML: the forward pass, the total error,
 * the backward pass (δ of each neuron, then ∂E/∂w = δ·a for each weight) and the update. Each
 * formula is written with the numbers it starts from (the reader's) and ends in the engine's
 * result; nothing is computed here. Numbers carry their exact value in {@code data-value}.
 */
final class TextbookNumbers {
    static final String[] NEURONS = {"h1", "h2", "o1", "o2"};
    /** Source and destination of w1..w8, as the classic example numbers them. */
    private static final String[] FROM = {"i1", "i2", "i1", "i2", "h1", "h2", "h1", "h2"};
    private static final int[] TO = {0, 0, 1, 1, 2, 2, 3, 3};

    private final boolean allDigits;

    TextbookNumbers(boolean allDigits) {
        this.allDigits = allDigits;
    }

    /** At least 9 significant digits, or every digit the double has. */
    String show(double v) {
        return allDigits ? NumberText.format(v) : NumberText.significant(v, 9);
    }

    private Html num(Html h, String id, double v) {
        return h.num(id, v, show(v));
    }

    /** A computed factor in a product or sum: in brackets when negative. */
    private Html factor(Html h, double v) {
        if (v < 0) {
            h.text("(");
        }
        num(h, null, v);
        return v < 0 ? h.text(")") : h;
    }

    /** A number the reader gave (a weight, an input, η), as given: in brackets when negative. */
    private static Html given(Html h, double v) {
        String shown = NumberText.format(v);
        return v < 0 ? h.text("(").num(null, v, shown).text(")") : h.num(null, v, shown);
    }

    String forward(TextbookExample ex) {
        Html h = new Html();
        h.open("p", "hint").text("net = Σ w·a + b, out = σ(net) = 1 / (1 + e^(−net))").close("p");
        h.open("table", "tb-table").open("tr", null).open("th", null).text("neuron").close("th")
                .open("th", null).text("net").close("th").open("th", null).text("out").close("th").close("tr");
        for (int j = 0; j < 4; j++) {
            int first = j < 2 ? 2 * j : 4 + 2 * (j - 2);
            h.open("tr", null).open("td", null).text(NEURONS[j]).close("td").open("td", null);
            for (int s = 0; s < 2; s++) {
                given(h, ex.weight(first + s)).text("·");
                if (j < 2) {
                    given(h, ex.trace().inputs()[s]).text(" + ");
                } else {
                    factor(h, ex.out(s)).text(" + ");
                }
            }
            given(h, ex.bias(j)).text(" = ");
            num(h, "tb-net-" + NEURONS[j], ex.net(j)).close("td").open("td", null);
            num(h, "tb-out-" + NEURONS[j], ex.out(j)).close("td").close("tr");
        }
        return h.close("table").toString();
    }

    String error(TextbookExample ex) {
        Html h = new Html();
        h.open("p", null);
        for (int k = 0; k < 2; k++) {
            h.text("E_o" + (k + 1) + " = ½(");
            given(h, ex.trace().targets()[k]).text(" − ");
            num(h, null, ex.out(2 + k)).text(")² = ");
            num(h, "tb-error-o" + (k + 1), ex.error(k)).open("br", null);
        }
        h.text("E_total = E_o1 + E_o2 = ").open("strong", null);
        num(h, "tb-total-error", ex.totalError()).close("strong").close("p");
        return h.toString();
    }

    String gradients(TextbookExample ex) {
        Html h = new Html();
        h.open("p", "hint").text("δ = ∂E/∂net: for an output (out − t)·out(1 − out); for a hidden neuron "
                + "(Σ w·δ of the outputs it feeds)·out(1 − out). Then ∂E/∂w = δ of the weight's destination · out "
                + "of its source, and ∂E/∂b = δ.").close("p");
        h.open("p", null);
        for (int j = 0; j < 4; j++) {
            h.text("δ_" + NEURONS[j] + " = ");
            num(h, "tb-delta-" + NEURONS[j], ex.delta(j)).open("br", null);
        }
        h.close("p");
        h.open("table", "tb-table").open("tr", null).open("th", null).text("weight").close("th")
                .open("th", null).text("∂E/∂w = δ · out").close("th").close("tr");
        for (int n = 0; n < 8; n++) {
            double source = n < 4 ? ex.trace().inputs()[n % 2] : ex.out(n % 2);
            h.open("tr", null).open("td", null).text("w" + (n + 1) + " (" + FROM[n] + "→" + NEURONS[TO[n]] + ")")
                    .close("td").open("td", null);
            factor(h, ex.delta(TO[n])).text(" · ");
            if (n < 4) {
                given(h, source).text(" = ");
            } else {
                factor(h, source).text(" = ");
            }
            num(h, "tb-dw" + (n + 1), ex.weightGradient(n)).close("td").close("tr");
        }
        for (int j = 0; j < 4; j++) {
            h.open("tr", null).open("td", null).text("b" + (j + 1) + " (" + NEURONS[j] + ")").close("td")
                    .open("td", null).text("δ_" + NEURONS[j] + " = ");
            num(h, "tb-db" + (j + 1), ex.biasGradient(j)).close("td").close("tr");
        }
        return h.close("table").toString();
    }

    String updates(TextbookExample ex, double learningRate) {
        Html h = new Html();
        h.open("p", "hint").text("w⁺ = w − η·∂E/∂w (the hidden weights use the old w5..w8 in their δ, as the "
                + "backward pass ran before the update)").close("p");
        h.open("table", "tb-table").open("tr", null).open("th", null).text("weight").close("th")
                .open("th", null).text("w − η·∂E/∂w = w⁺").close("th").close("tr");
        for (int n = 0; n < 8; n++) {
            h.open("tr", null).open("td", null).text("w" + (n + 1)).close("td").open("td", null);
            update(h, ex.weight(n), learningRate, ex.weightGradient(n));
            num(h, "tb-w" + (n + 1) + "-after", ex.updatedWeight(n)).close("td").close("tr");
        }
        for (int j = 0; j < 4; j++) {
            h.open("tr", null).open("td", null).text("b" + (j + 1)).close("td").open("td", null);
            if (ex.biasesFixed()) {
                h.text("fixed: ");
            } else {
                update(h, ex.bias(j), learningRate, ex.biasGradient(j));
            }
            num(h, "tb-b" + (j + 1) + "-after", ex.updatedBias(j)).close("td").close("tr");
        }
        h.close("table").open("p", null).text("E_total after the step: ");
        num(h, "tb-total-error-after", ex.totalErrorAfter()).text(" (before: ");
        num(h, null, ex.totalError()).text(")").close("p");
        return h.toString();
    }

    private void update(Html h, double w, double rate, double gradient) {
        given(h, w).text(" − ");
        given(h, rate).text("·");
        factor(h, gradient).text(" = ");
    }
}
