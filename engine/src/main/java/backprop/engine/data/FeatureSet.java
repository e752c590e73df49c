package backprop.engine.data;

import java.util.Arrays;

/**
 * The enabled input features, in canonical ({@link Feature} enum) order: input
 * i of the network is {@code feature(i).value(x, y)}. Immutable; holds at least
 * one feature, because a network needs an input.
 */
public final class FeatureSet implements InputFeatures {
    private static final Feature[] ALL = Feature.values();

    private final Feature[] features;

    private FeatureSet(Feature[] features) {
        this.features = features;
    }

    /** The set of the given features (duplicates collapse; order is always canonical). */
    public static FeatureSet of(Feature... enabled) {
        boolean[] on = new boolean[ALL.length];
        for (Feature f : enabled) {
            if (f == null) {
                throw new IllegalArgumentException("null feature");
            }
            on[f.ordinal()] = true;
        }
        return fromFlags(on);
    }

    /** The set of features whose flag is on; {@code on[f.ordinal()]} says whether f is enabled. */
    public static FeatureSet fromFlags(boolean[] on) {
        if (on.length != ALL.length) {
            throw new IllegalArgumentException("need one flag per feature (" + ALL.length + "), got " + on.length);
        }
        int count = 0;
        for (boolean b : on) {
            if (b) {
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("at least one input feature must be enabled");
        }
        Feature[] chosen = new Feature[count];
        int k = 0;
        for (int i = 0; i < ALL.length; i++) {
            if (on[i]) {
                chosen[k++] = ALL[i];
            }
        }
        return new FeatureSet(chosen);
    }

    @Override
    public int width() {
        return features.length;
    }

    /** The feature that feeds input {@code index}. */
    public Feature feature(int index) {
        return features[index];
    }

    /** Where {@code f} sits among the inputs, or −1 when it is not enabled. */
    public int indexOf(Feature f) {
        for (int i = 0; i < features.length; i++) {
            if (features[i] == f) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(Feature f) {
        return indexOf(f) >= 0;
    }

    /** A copy of the enabled features in input order. */
    public Feature[] toArray() {
        return features.clone();
    }

    @Override
    public void compute(double x, double y, double[] into, int offset) {
        for (int i = 0; i < features.length; i++) {
            into[offset + i] = features[i].value(x, y);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSet && Arrays.equals(features, ((FeatureSet) o).features);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(features);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("FeatureSet[");
        for (int i = 0; i < features.length; i++) {
            s.append(i == 0 ? "" : ",").append(features[i].id());
        }
        return s.append(']').toString();
    }
}
