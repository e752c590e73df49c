package backprop.engine.data;

import backprop.engine.formula.Formula;
import backprop.engine.nn.Rng;
import backprop.engine.text.Identified;
import backprop.engine.text.NumberText;

/**
 * The generated 2-D datasets. The first six are TensorFlow Playground's (same
 * URL ids, geometry, point counts and meaning of noise); the others are
 * ours, the last two of a function the learner types (their formula travels under keys of its own). Every generator is deterministic for a given {@link Rng} state and
 * keeps all coordinates inside the plotted domain [−6, 6]².
 * The geometry is documented on {@link DatasetGenerators}.
 */
public enum Dataset implements Identified {
    CIRCLE("circle", "Circle", Problem.CLASSIFICATION, 2, 500),
    XOR("xor", "Exclusive or", Problem.CLASSIFICATION, 2, 500),
    GAUSS("gauss", "Gaussian", Problem.CLASSIFICATION, 2, 500),
    SPIRAL("spiral", "Spiral", Problem.CLASSIFICATION, 2, 500),
    REG_PLANE("reg-plane", "Plane", Problem.REGRESSION, 0, 1200),
    REG_GAUSS("reg-gauss", "Multi Gaussian", Problem.REGRESSION, 0, 1200),
    MOONS("moons", "Moons", Problem.CLASSIFICATION, 2, 500),
    CHECKERBOARD("checkerboard", "Checkerboard", Problem.CLASSIFICATION, 2, 500),
    SPIRAL3("spiral3", "Three spirals", Problem.CLASSIFICATION, 3, 600),
    BLOBS3("blobs3", "Three blobs", Problem.CLASSIFICATION, 3, 600),
    /** Your own function: the label is y &gt; f(x) for a typed f ({@link FormulaData}); {@link #generate} uses the default f. */
    FORMULA("formula", "Your own function: y > f(x)", Problem.CLASSIFICATION, 2, 500),
    /** Your own function: the target is z = f(x, y) for a typed f ({@link FormulaData}). */
    REG_FORMULA("reg-formula", "Your own function: z = f(x, y)", Problem.REGRESSION, 0, 1200);

    /** Half the side of the plotted square: every generated coordinate lies in [−DOMAIN, DOMAIN]. */
    public static final double DOMAIN = 6.0;
    /** The largest point count {@link #generate} accepts. */
    public static final int MAX_COUNT = 100_000;

    private final String id;
    private final String label;
    private final Problem problem;
    private final int classes;
    private final int defaultCount;

    Dataset(String id, String label, Problem problem, int classes, int defaultCount) {
        this.id = id;
        this.label = label;
        this.problem = problem;
        this.classes = classes;
        this.defaultCount = defaultCount;
    }

    @Override
    public String id() {
        return id;
    }

    /** A short name for the page. */
    public String label() {
        return label;
    }

    public Problem problem() {
        return problem;
    }

    /** As in {@link DataPoints#classes}: 0 for regression, 2 for ±1 labels, k ≥ 3 for labels 0..k−1. */
    public int classes() {
        return classes;
    }

    /** How many points the playground generates (TensorFlow Playground: 500 to classify, 1,200 to regress). */
    int defaultCount() {
        return defaultCount;
    }

    /** {@link #generate(int, double, Rng)} with the default count. */
    public DataPoints generate(double noise, Rng rng) {
        return generate(defaultCount, noise, rng);
    }

    /**
     * Generates {@code count} points. Classes get equal shares (the first
     * classes one more when {@code count} does not divide).
     *
     * @param noise the fraction 0..0.5, i.e. TensorFlow Playground's {@code noise} URL value / 100
     * @param rng   the only source of randomness
     */
    public DataPoints generate(int count, double noise, Rng rng) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("point count must be in 0.." + MAX_COUNT + ", got " + count);
        }
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("noise must be a fraction in 0..0.5 (URL noise / 100), got " + NumberText.format(noise));
        }
        switch (this) {
            case CIRCLE:
                return DatasetGenerators.circle(count, noise, rng);
            case XOR:
                return DatasetGenerators.xor(count, noise, rng);
            case GAUSS:
                return DatasetGenerators.twoGaussians(count, noise, rng);
            case SPIRAL:
                return DatasetGenerators.spiral(count, noise, rng, 2);
            case REG_PLANE:
                return DatasetGenerators.regressPlane(count, noise, rng);
            case REG_GAUSS:
                return DatasetGenerators.regressGaussians(count, noise, rng);
            case MOONS:
                return DatasetGenerators.moons(count, noise, rng);
            case CHECKERBOARD:
                return DatasetGenerators.checkerboard(count, noise, rng);
            case SPIRAL3:
                return DatasetGenerators.spiral(count, noise, rng, 3);
            case BLOBS3:
                return DatasetGenerators.threeBlobs(count, noise, rng);
            case FORMULA:
            case REG_FORMULA:
                return FormulaData.sample(defaultFormula(), problem, count, noise, rng).points;
            default:
                throw new IllegalStateException("no generator for " + this);
        }
    }

    /**
     * The default count of points of a typed dataset with the formula {@code f} (of x alone to
     * classify): those where f is defined, and how many were left out.
     */
    public FormulaData generate(Formula f, double noise, Rng rng) {
        if (!typed()) {
            throw new IllegalArgumentException(id + " is not a dataset of a typed function");
        }
        return FormulaData.sample(f, problem, defaultCount, noise, rng);
    }

    /** Whether the points come from a typed formula ({@link FormulaData}). */
    public boolean typed() {
        return this == FORMULA || this == REG_FORMULA;
    }

    /** The formula a typed dataset starts with: {@link FormulaData#DEFAULT_BOUNDARY} or {@link FormulaData#DEFAULT_SURFACE}. */
    public Formula defaultFormula() {
        return this == FORMULA ? Formula.parseOfX(FormulaData.DEFAULT_BOUNDARY) : Formula.parse(FormulaData.DEFAULT_SURFACE);
    }

    /** The datasets of one problem kind, in enum order (for the page's picker). */
    public static Dataset[] forProblem(Problem problem) {
        int n = 0;
        for (Dataset d : values()) {
            if (d.problem == problem) {
                n++;
            }
        }
        Dataset[] result = new Dataset[n];
        int k = 0;
        for (Dataset d : values()) {
            if (d.problem == problem) {
                result[k++] = d;
            }
        }
        return result;
    }

    /** The constant whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static Dataset fromId(String id) {
        return Identified.byId(values(), id);
    }
}
