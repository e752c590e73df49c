package backprop.engine.data;

import backprop.engine.formula.Formula;
import java.util.Arrays;

/**
 * The enabled input features, in canonical ({@link Feature} enum) order: input
 * i of the network is {@code feature(i).value(x, y)}; after them, the typed
 * features ({@link FeatureFormulas}), in the order they were added. Immutable;
 * holds at least one built-in feature, because a network needs an input.
 */
public final class FeatureSet implements InputFeatures {
    private static final Feature[] ALL = Feature.values();
    private static final Formula[] NO_FORMULAS = new Formula[0];

    private final Feature[] features;
    private final Formula[] typed;

    private FeatureSet(Feature[] features, Formula[] typed) {
        this.features = features;
        this.typed = typed;
    }

    /** This set with {@code formulas} as its typed features (replacing any it had). */
    public FeatureSet withTyped(Formula... formulas) {
        for (Formula f : formulas) {
            if (f == null) {
                throw new IllegalArgumentException("null typed feature");
            }
        }
        return new FeatureSet(features, formulas.length == 0 ? NO_FORMULAS : formulas.clone());
    }

    /** The typed features, in input order after the built-in ones (a copy). */
    public Formula[] typed() {
        return typed.clone();
    }

    /** How many inputs are built-in features: input i ≥ this is typed feature i − builtIn(). */
    public int builtIn() {
        return features.length;
    }

    /** What the page calls input {@code index}: "X₁²", or a typed feature's formula. */
    public String label(int index) {
        return index < features.length ? features[index].label() : typed[index - features.length].toString();
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
        return new FeatureSet(chosen, NO_FORMULAS);
    }

    @Override
    public int width() {
        return features.length + typed.length;
    }

    /** The built-in feature that feeds input {@code index} (below {@link #builtIn()}). */
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
        for (int i = 0; i < typed.length; i++) {
            into[offset + features.length + i] = FeatureFormulas.input(typed[i], x, y);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSet && Arrays.equals(features, ((FeatureSet) o).features)
                && Arrays.equals(typed, ((FeatureSet) o).typed);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(features) + Arrays.hashCode(typed);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("FeatureSet[");
        for (int i = 0; i < features.length; i++) {
            s.append(i == 0 ? "" : ",").append(features[i].id());
        }
        for (Formula f : typed) {
            s.append(",\"").append(f).append('"');
        }
        return s.append(']').toString();
    }
}
