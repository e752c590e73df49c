package backprop.engine.nn;

import backprop.engine.text.NumberText;

/**
 * Turns the mean gradient g = (1/n)·Σ ∂L/∂w of a mini-batch into the weight
 * change Δw; the same rule applies to the biases.
 * <ul>
 * <li>SGD: Δw = −η·g.</li>
 * <li>Momentum (heavy ball): v ← β·v − η·g; Δw = v. The velocity remembers
 *     η·g of past steps, so a new learning rate takes over gradually.</li>
 * <li>Adam: m ← β₁·m + (1 − β₁)·g; v ← β₂·v + (1 − β₂)·g²; with bias
 *     corrections m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) at step t:
 *     Δw = −η·m̂ / (√v̂ + ε).</li>
 * </ul>
 * Then comes the regularization step, R' taken at the weight before the step
 * (see {@link Regularization}); links it killed ({@link DeadLinks}) are skipped.
 * The state is sized to one network shape when the optimizer is made, so a
 * step allocates nothing. Changing the parameters keeps the state; changing
 * the type starts a fresh state.
 */
public final class Optimizer {
    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final int[] shape;
    private OptimizerType type;
    private double momentum = DEFAULT_MOMENTUM;
    private double beta1 = DEFAULT_BETA1;
    private double beta2 = DEFAULT_BETA2;
    private double epsilon = DEFAULT_EPSILON;
    /** Momentum's velocity v, or Adam's first moment m; null for SGD. */
    private double[][] firstW;
    private double[][] firstB;
    /** Adam's second moment v; null otherwise. */
    private double[][] secondW;
    private double[][] secondB;
    /** Adam steps taken, and β₁ᵗ, β₂ᵗ (products of the decay rates actually used). */
    private int steps;
    private double beta1Power = 1;
    private double beta2Power = 1;

    /** An optimizer of the given type with default parameters, for networks of this shape. */
    public Optimizer(OptimizerType type, int[] shape) {
        Checks.notNull(shape, "shape");
        this.shape = shape.clone();
        this.type = Checks.notNull(type, "optimizer type");
        allocate();
    }

    /** A copy with the same parameters and state. */
    public Optimizer copy() {
        Optimizer c = new Optimizer(type, shape);
        c.momentum = momentum;
        c.beta1 = beta1;
        c.beta2 = beta2;
        c.epsilon = epsilon;
        c.copyStateFrom(this);
        return c;
    }

    /** Takes over the other optimizer's type, parameters and state (same shape). */
    public void copyStateFrom(Optimizer other) {
        if (other.type != type) {
            type = other.type;
            allocate();
        }
        momentum = other.momentum;
        beta1 = other.beta1;
        beta2 = other.beta2;
        epsilon = other.epsilon;
        copy(other.firstW, firstW);
        copy(other.firstB, firstB);
        copy(other.secondW, secondW);
        copy(other.secondB, secondB);
        steps = other.steps;
        beta1Power = other.beta1Power;
        beta2Power = other.beta2Power;
    }

    private static void copy(double[][] from, double[][] to) {
        if (from != null) {
            for (int k = 0; k < from.length; k++) {
                System.arraycopy(from[k], 0, to[k], 0, from[k].length);
            }
        }
    }

    // ---- For NetworkSurgery: the same rule on a network of another shape ----------------------

    /**
     * A fresh optimizer for networks of {@code shape} with this one's type,
     * parameters and step count (so Adam's bias corrections continue), and a
     * zero state that {@link backprop.engine.train.NetworkSurgery} fills entry by entry.
     */
    public Optimizer reshaped(int[] shape) {
        Optimizer c = new Optimizer(type, shape);
        c.momentum = momentum;
        c.beta1 = beta1;
        c.beta2 = beta2;
        c.epsilon = epsilon;
        c.steps = steps;
        c.beta1Power = beta1Power;
        c.beta2Power = beta2Power;
        return c;
    }

    // ---- For RunSnapshot: the state as one run of values --------------------------------------

    /** Steps, Adam's two bias-correction powers, then every state array of the rule (none for SGD). */
    public double[] stateValues() {
        double[] values = new double[stateLength()];
        values[0] = steps;
        values[1] = beta1Power;
        values[2] = beta2Power;
        int at = 3;
        for (double[][] arrays : new double[][][] {firstW, firstB, secondW, secondB}) {
            if (arrays != null) {
                for (double[] a : arrays) {
                    System.arraycopy(a, 0, values, at, a.length);
                    at += a.length;
                }
            }
        }
        return values;
    }

    /** How many values {@link #stateValues} gives for this rule and shape. */
    public int stateLength() {
        int n = 3;
        for (double[][] arrays : new double[][][] {firstW, firstB, secondW, secondB}) {
            if (arrays != null) {
                for (double[] a : arrays) {
                    n += a.length;
                }
            }
        }
        return n;
    }

    /** Puts back what {@link #stateValues} gave, from {@code offset} (same rule and shape). */
    public void loadState(double[] values, int offset) {
        steps = (int) values[offset];
        beta1Power = values[offset + 1];
        beta2Power = values[offset + 2];
        int at = offset + 3;
        for (double[][] arrays : new double[][][] {firstW, firstB, secondW, secondB}) {
            if (arrays != null) {
                for (double[] a : arrays) {
                    System.arraycopy(values, at, a, 0, a.length);
                    at += a.length;
                }
            }
        }
    }

    /** The network shape this optimizer's state is sized for. */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * The state arrays of weight layer k: {first moment or velocity, second
     * moment} of its weights (or of its biases when {@code weights} is false);
     * an entry is null when the rule keeps no such state.
     */
    public double[][] stateOf(int k, boolean weights) {
        double[][] first = weights ? firstW : firstB;
        double[][] second = weights ? secondW : secondB;
        return new double[][] {first == null ? null : first[k], second == null ? null : second[k]};
    }

    private void allocate() {
        firstW = type == OptimizerType.SGD ? null : layers(true);
        firstB = type == OptimizerType.SGD ? null : layers(false);
        secondW = type == OptimizerType.ADAM ? layers(true) : null;
        secondB = type == OptimizerType.ADAM ? layers(false) : null;
        steps = 0;
        beta1Power = 1;
        beta2Power = 1;
    }

    private double[][] layers(boolean weights) {
        double[][] state = new double[shape.length - 1][];
        for (int k = 0; k < state.length; k++) {
            state[k] = new double[weights ? shape[k] * shape[k + 1] : shape[k + 1]];
        }
        return state;
    }

    /** Switches the rule; a different type starts with a fresh (zero) state. */
    public void setType(OptimizerType type) {
        Checks.notNull(type, "optimizer type");
        if (type != this.type) {
            this.type = type;
            allocate();
        }
    }

    /** Momentum's β in [0, 1); the velocity is kept. */
    public void setMomentum(double beta) {
        momentum = Checks.decayRate(beta, "momentum");
    }

    /** Adam's β₁, β₂ in [0, 1) and ε &gt; 0; the moments are kept. */
    public void setAdamParameters(double beta1, double beta2, double epsilon) {
        Checks.decayRate(beta1, "beta1");
        Checks.decayRate(beta2, "beta2");
        Checks.finite(epsilon, "epsilon");
        if (epsilon <= 0) {
            throw new IllegalArgumentException("epsilon must be more than 0, got " + NumberText.format(epsilon));
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** Forgets the state (velocity, moments, step count); keeps type and parameters. */
    public void reset() {
        allocate();
    }

    public OptimizerType type() {
        return type;
    }

    public double momentum() {
        return momentum;
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Adam steps taken so far (t of the last step); 0 for the other types. */
    public int steps() {
        return steps;
    }

    /** β₁ᵗ after the last Adam step (1 before the first): the bias correction is 1 / (1 − β₁ᵗ). */
    public double beta1Power() {
        return beta1Power;
    }

    /** β₂ᵗ after the last Adam step (1 before the first). */
    public double beta2Power() {
        return beta2Power;
    }

    /** Momentum's velocity v for weight layer k. */
    public double[] velocityWeights(int k) {
        return state(OptimizerType.MOMENTUM, firstW, k);
    }

    public double[] velocityBiases(int k) {
        return state(OptimizerType.MOMENTUM, firstB, k);
    }

    /** Adam's first moment m for weight layer k. */
    public double[] firstMomentWeights(int k) {
        return state(OptimizerType.ADAM, firstW, k);
    }

    public double[] firstMomentBiases(int k) {
        return state(OptimizerType.ADAM, firstB, k);
    }

    /** Adam's second moment v for weight layer k. */
    public double[] secondMomentWeights(int k) {
        return state(OptimizerType.ADAM, secondW, k);
    }

    public double[] secondMomentBiases(int k) {
        return state(OptimizerType.ADAM, secondB, k);
    }

    private double[] state(OptimizerType owner, double[][] state, int k) {
        if (type != owner) {
            throw new IllegalStateException("The " + type.id() + " optimizer keeps no " + owner.id() + " state");
        }
        return state[Checks.index(k, state.length, "weight layer")];
    }

    /**
     * One update of the parameters {@code p} from their gradients summed over {@code examples}
     * examples (the network's {@code applyUpdate} calls this): the new values go first into the change
     * arrays; only when all are finite are they applied.
     */
    boolean step(Parameters p, int examples, double learningRate, Regularization regularization,
            double regularizationRate) {
        if (!p.fit(shape)) {
            throw new IllegalArgumentException("This optimizer was made for networks of another shape; "
                    + "make a new one for this network");
        }
        double scale = 1.0 / examples;
        if (type == OptimizerType.ADAM) {
            steps++;
            beta1Power *= beta1;
            beta2Power *= beta2;
        }
        double regStep = learningRate * regularizationRate;
        boolean regularize = regularization != Regularization.NONE && regStep > 0;
        DeadLinks dead = p.dead;
        dead.clearGradients(p.weightGradientSums);
        int deadBefore = dead.count();
        double check = 0;
        int depth = p.depth();
        for (int k = 0; k < depth; k++) {
            double[] next = p.weightChanges[k];
            double sum = proposeValues(p.weights[k], p.weightGradientSums[k], next, k, true, scale, learningRate);
            if (regularize) {
                sum = regularization.regularizeLayer(p.weights[k], next, k, regStep, dead);
            }
            check += sum + proposeValues(p.biases[k], p.biasGradientSums[k], p.biasChanges[k], k, false, scale,
                    learningRate);
        }
        boolean finite = MathFunctions.isFinite(check);
        if (!finite) {
            dead.rollBack(deadBefore);
        } else if (deadBefore > 0) {
            // A dead link is skipped: its weight stays, and it keeps no optimizer state.
            dead.hold(p.weights, p.weightChanges, deadBefore);
            dead.zero(firstW, deadBefore);
            dead.zero(secondW, deadBefore);
        }
        for (int k = 0; k < depth; k++) {
            commit(p.weights[k], p.weightChanges[k], finite);
            commit(p.biases[k], p.biasChanges[k], finite);
        }
        return finite;
    }

    /**
     * next[i] ← the value parameter i takes after this rule's step (from the summed gradient g·n);
     * returns 0 when every next[i] is finite and NaN otherwise, so no extra pass checks them.
     * (Each value is tested on its own: a running sum would chain every addition to the one
     * before and cost more than the step itself.)
     */
    private double proposeValues(double[] p, double[] gradientSum, double[] next, int k, boolean weights,
            double scale, double learningRate) {
        int n = p.length;
        boolean finite = true;
        switch (type) {
            case SGD:
                for (int i = 0; i < n; i++) {
                    double v = p[i] - learningRate * (gradientSum[i] * scale);
                    next[i] = v;
                    finite &= MathFunctions.isFinite(v);
                }
                return finite ? 0 : Double.NaN;
            case MOMENTUM:
                double[] v = weights ? firstW[k] : firstB[k];
                for (int i = 0; i < n; i++) {
                    double vi = momentum * v[i] - learningRate * (gradientSum[i] * scale);
                    v[i] = vi;
                    double x = p[i] + vi;
                    next[i] = x;
                    finite &= MathFunctions.isFinite(x);
                }
                return finite ? 0 : Double.NaN;
            default:
                double[] m = weights ? firstW[k] : firstB[k];
                double[] s = weights ? secondW[k] : secondB[k];
                double c1 = 1.0 / (1.0 - beta1Power);
                double c2 = 1.0 / (1.0 - beta2Power);
                for (int i = 0; i < n; i++) {
                    double g = gradientSum[i] * scale;
                    double mi = beta1 * m[i] + (1.0 - beta1) * g;
                    double si = beta2 * s[i] + (1.0 - beta2) * g * g;
                    m[i] = mi;
                    s[i] = si;
                    double x = p[i] - learningRate * (mi * c1) / (Math.sqrt(si * c2) + epsilon);
                    next[i] = x;
                    finite &= MathFunctions.isFinite(x);
                }
                return finite ? 0 : Double.NaN;
        }
    }

    /** p ← next and change ← next − p when finite; otherwise p stays and change ← 0. */
    private static void commit(double[] p, double[] change, boolean finite) {
        if (finite) {
            for (int i = 0; i < p.length; i++) {
                double next = change[i];
                change[i] = next - p[i];
                p[i] = next;
            }
        } else {
            java.util.Arrays.fill(change, 0.0);
        }
    }
}
