package backprop.engine.export;

import backprop.engine.data.Feature;
import backprop.engine.formula.CodeDialect;

/**
 * A maths library as the exported code calls it — NumPy's {@code np.}, PyTorch's {@code torch.},
 * Java's and JavaScript's {@code Math.} — for the built-in input features and the typed formulas'
 * functions, constants and powers. The languages differ only in these names, so the code that
 * writes them is here once.
 */
final class MathLibrary implements CodeDialect {
    /** NumPy; a lone constant becomes np.float64, whose 1/0 is inf rather than Python's error. */
    static final MathLibrary NUMPY = new MathLibrary("NumPy", "np.", "np.pi", "np.e", "power", "np.float64(", ")");
    /** PyTorch; a lone constant becomes a float64 tensor, since torch's functions take tensors only. */
    static final MathLibrary TORCH = new MathLibrary("PyTorch", "torch.", "math.pi", "math.e", "power",
            "torch.tensor(", ", dtype=torch.float64)");
    /** Java and JavaScript alike: their Math.pow is the engine's power, NaN cases included. */
    static final MathLibrary MATH = new MathLibrary("Java", "Math.", "Math.PI", "Math.E", "Math.pow", "", "");

    private final String language;
    private final String prefix;
    private final String pi;
    private final String e;
    private final String power;
    private final String loneOpen;
    private final String loneClose;

    private MathLibrary(String language, String prefix, String pi, String e, String power, String loneOpen,
            String loneClose) {
        this.language = language;
        this.prefix = prefix;
        this.pi = pi;
        this.e = e;
        this.power = power;
        this.loneOpen = loneOpen;
        this.loneClose = loneClose;
    }

    /** The built-in feature f of the point (x, y). */
    String feature(Feature f) {
        switch (f) {
            case X:
                return "x";
            case Y:
                return "y";
            case X_SQUARED:
                return "x * x";
            case Y_SQUARED:
                return "y * y";
            case X_TIMES_Y:
                return "x * y";
            case SIN_X:
                return function("sin", "x");
            case SIN_Y:
                return function("sin", "y");
            case COS_X:
                return function("cos", "x");
            case COS_Y:
                return function("cos", "y");
            default:
                throw new IllegalArgumentException("no " + language + " expression for the feature " + f.id());
        }
    }

    private String lone(String value, boolean alone) {
        return alone ? loneOpen + value + loneClose : value;
    }

    @Override
    public String number(double v, boolean alone) {
        return lone(CodeText.number(v), alone);
    }

    @Override
    public String pi(boolean alone) {
        return lone(pi, alone);
    }

    @Override
    public String e(boolean alone) {
        return lone(e, alone);
    }

    @Override
    public String function(String name, String argument) {
        return prefix + name + "(" + argument + ")";
    }

    @Override
    public String power(String base, String exponent) {
        return power + "(" + base + ", " + exponent + ")";
    }
}
