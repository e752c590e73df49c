package backprop.ui.plot;

import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.ui.base.Target;

/**
 * Where each part of the network diagram sits, in CSS pixels, and what lies
 * under a point. Columns: the nine input features (those in use are wired) and any typed ones below them,
 * one column per hidden layer, the output; nodes are top-aligned like
 * TensorFlow Playground's.
 */
public final class NetworkLayout {
    static final double TOP = 30;
    static final double LEFT_LABELS = 64;
    static final double BIAS_SIZE = 7;

    final int[] shape;
    final FeatureSet features;
    final double width;
    final double height;
    public final double node;
    private final double rowStep;
    private final double[] columnX;

    NetworkLayout(int[] shape, FeatureSet features, double width) {
        this.shape = shape;
        this.features = features;
        this.width = width;
        int rows = Feature.values().length + features.typed().length;
        for (int k = 1; k < shape.length; k++) {
            rows = Math.max(rows, shape[k]);
        }
        this.node = rows > 10 ? 22 : 30;
        this.rowStep = node + (rows > 10 ? 8 : 10);
        this.height = TOP + rows * rowStep + 6;
        columnX = new double[shape.length];
        double left = LEFT_LABELS;
        double right = width - node - 8;
        double step = shape.length > 1 ? (right - left) / (shape.length - 1) : 0;
        for (int c = 0; c < shape.length; c++) {
            columnX[c] = left + c * step;
        }
    }

    public double columnX(int column) {
        return columnX[column];
    }

    /** The width a column's label may take without running into its neighbour's: the column step, less a gap. */
    double labelRoom() {
        return shape.length > 1 ? columnX[1] - columnX[0] - 8 : width;
    }

    /**
     * Where a label {@code textWidth} wide is centred over {@code column}: over the column's
     * nodes, moved inwards where it would leave the canvas (the output column is at the right edge).
     */
    double labelCentre(int column, double textWidth) {
        double centre = columnX[column] + node / 2;
        double half = textWidth / 2 + 2;
        return Math.max(half, Math.min(width - half, centre));
    }

    /** A hidden layer's label: "4 neurons" where there is room, else just the count. */
    static String hiddenLabel(int neurons, boolean roomy) {
        return roomy ? neurons + (neurons == 1 ? " neuron" : " neurons") : Integer.toString(neurons);
    }

    /** Top of a feature's node (every feature has a row, used or not). */
    double featureY(int ordinal) {
        return TOP + ordinal * rowStep;
    }

    /** Top of neuron {@code index} in column {@code column} (1..depth). */
    public double neuronY(int column, int index) {
        return TOP + index * rowStep;
    }

    /** Top of the node of input {@code i} of the network (its feature's row; typed features below the nine). */
    public double inputY(int i) {
        int builtIn = features.builtIn();
        return featureY(i < builtIn ? features.feature(i).ordinal() : Feature.values().length + i - builtIn);
    }

    /** Top of the node feeding weight layer {@code k} at index {@code i}. */
    double sourceY(int k, int i) {
        return k == 0 ? inputY(i) : neuronY(k, i);
    }

    Target hit(double x, double y) {
        for (int k = 0; k + 1 < shape.length; k++) {
            for (int o = 0; o < shape[k + 1]; o++) {
                double bx = columnX[k + 1] - BIAS_SIZE - 2;
                double by = neuronY(k + 1, o) + node - BIAS_SIZE;
                if (x >= bx - 2 && x <= bx + BIAS_SIZE + 2 && y >= by - 2 && y <= by + BIAS_SIZE + 2) {
                    return Target.bias(k, o);
                }
            }
        }
        // the nine built-in features, then the typed ones below them (rows 9, 10, …)
        int inputRows = Feature.values().length + features.typed().length;
        for (int f = 0; f < inputRows; f++) {
            if (inside(x, y, columnX[0], featureY(f))) {
                return Target.feature(f);
            }
        }
        for (int c = 1; c < shape.length; c++) {
            for (int n = 0; n < shape[c]; n++) {
                if (inside(x, y, columnX[c], neuronY(c, n))) {
                    return Target.neuron(c, n);
                }
            }
        }
        Target best = null;
        double bestDistance = 5;
        for (int k = 0; k + 1 < shape.length; k++) {
            double x1 = columnX[k] + node;
            double x2 = columnX[k + 1];
            if (x < x1 || x > x2) {
                continue;
            }
            for (int o = 0; o < shape[k + 1]; o++) {
                double y2 = neuronY(k + 1, o) + node / 2;
                for (int i = 0; i < shape[k]; i++) {
                    double d = distanceToSegment(x, y, x1, sourceY(k, i) + node / 2, x2, y2);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = Target.link(k, i, o);
                    }
                }
            }
        }
        return best;
    }

    private boolean inside(double x, double y, double left, double top) {
        return x >= left && x <= left + node && y >= top && y <= top + node;
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
        t = t < 0 ? 0 : (t > 1 ? 1 : t);
        double cx = x1 + t * dx - px;
        double cy = y1 + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
