package backprop.ui.textbook;

import backprop.engine.text.NumberText;
import backprop.engine.train.TextbookExample;

/**
 * The textbook example's numbers as plain JSON, every number written exactly (its shortest
 * decimal that reads back as the same double): the inputs, targets, weights and biases it
 * starts from, η, whether the biases are fixed, and the numbers the view shows — net inputs,
 * outputs, errors, gradients, updated weights and biases, and the error after the step.
 * Neurons in the order h1, h2, o1, o2; weights w1..w8; biases b1..b4.
 */
public final class TextbookJson {
    private TextbookJson() {
    }

    public static String of(TextbookExample ex, double learningRate) {
        StringBuilder s = new StringBuilder("{");
        s.append("\"inputs\":").append(list(ex.trace().inputs()));
        s.append(",\"targets\":").append(list(ex.trace().targets()));
        double[] w = new double[8];
        double[] dw = new double[8];
        double[] wAfter = new double[8];
        for (int n = 0; n < 8; n++) {
            w[n] = ex.weight(n);
            dw[n] = ex.weightGradient(n);
            wAfter[n] = ex.updatedWeight(n);
        }
        double[] b = new double[4];
        double[] db = new double[4];
        double[] bAfter = new double[4];
        double[] net = new double[4];
        double[] out = new double[4];
        double[] delta = new double[4];
        for (int j = 0; j < 4; j++) {
            b[j] = ex.bias(j);
            db[j] = ex.biasGradient(j);
            bAfter[j] = ex.updatedBias(j);
            net[j] = ex.net(j);
            out[j] = ex.out(j);
            delta[j] = ex.delta(j);
        }
        s.append(",\"weights\":").append(list(w));
        s.append(",\"biases\":").append(list(b));
        s.append(",\"learningRate\":").append(number(learningRate));
        s.append(",\"biasesFixed\":").append(ex.biasesFixed());
        s.append(",\"net\":").append(list(net));
        s.append(",\"out\":").append(list(out));
        s.append(",\"outputs\":").append(list(new double[] {out[2], out[3]}));
        s.append(",\"errors\":").append(list(new double[] {ex.error(0), ex.error(1)}));
        s.append(",\"totalError\":").append(number(ex.totalError()));
        s.append(",\"deltas\":").append(list(delta));
        s.append(",\"weightGradients\":").append(list(dw));
        s.append(",\"biasGradients\":").append(list(db));
        s.append(",\"updatedWeights\":").append(list(wAfter));
        s.append(",\"updatedBiases\":").append(list(bAfter));
        s.append(",\"totalErrorAfter\":").append(number(ex.totalErrorAfter()));
        return s.append('}').toString();
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append(number(values[i]));
        }
        return s.append(']').toString();
    }

    /** A JSON number; a value JSON cannot hold (an overflowed step) as null. */
    private static String number(double v) {
        return v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY ? "null" : NumberText.format(v);
    }
}
