package backprop.engine.data;

/**
 * Raw points of a 2-D dataset before input features are computed: (x, y) and
 * a label. For two-class data the label is −1 or +1; for k ≥ 3 classes it is
 * the class index 0..k−1; for regression it is the value to predict.
 */
public final class DataPoints {
    public final double[] x;
    public final double[] y;
    public final double[] label;
    /** 0 for regression, 2 for two classes (labels ±1), k ≥ 3 for k classes (labels 0..k−1). */
    public final int classes;

    public DataPoints(double[] x, double[] y, double[] label, int classes) {
        if (x.length != y.length || x.length != label.length) {
            throw new IllegalArgumentException("x, y and label must have one value per point, got "
                    + x.length + ", " + y.length + " and " + label.length);
        }
        if (classes < 0 || classes == 1) {
            throw new IllegalArgumentException("classes must be 0 (regression) or at least 2, got " + classes);
        }
        this.x = x;
        this.y = y;
        this.label = label;
        this.classes = classes;
    }

    public int size() {
        return x.length;
    }
}
