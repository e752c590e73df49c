package backprop.engine.formula;

import backprop.engine.nn.MathFunctions;
import backprop.engine.text.NumberText;

/**
 * One node of a formula's tree: a number, x, y, a constant, a function of one argument or an
 * operator of two. One class with an operation code rather than a class per operation: under
 * TeaVM every class costs the page's code size, and the tree is tiny.
 */
final class Node {
    static final int NUMBER = 0;
    static final int X = 1;
    static final int Y = 2;
    static final int PI = 3;
    static final int E = 4;
    static final int NEGATE = 5;
    static final int ADD = 6;
    static final int SUBTRACT = 7;
    static final int MULTIPLY = 8;
    static final int DIVIDE = 9;
    static final int POWER = 10;
    /** The functions, in the order of {@link #FUNCTIONS}. */
    static final int FIRST_FUNCTION = 11;
    /** The functions' names; the parser matches the longest first (tanh before tan). */
    static final String[] FUNCTIONS = {"sin", "cos", "tan", "tanh", "exp", "log", "abs", "sqrt"};

    /** Binding strength when printed: sums, products, negation, powers, atoms. */
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER_LEVEL = 4;
    private static final int ATOM = 5;

    final int op;
    final double number;
    final Node left;
    final Node right;

    private Node(int op, double number, Node left, Node right) {
        this.op = op;
        this.number = number;
        this.left = left;
        this.right = right;
    }

    static Node number(double value) {
        return new Node(NUMBER, value, null, null);
    }

    static Node leaf(int op) {
        return new Node(op, 0, null, null);
    }

    /** A function or negation of {@code argument}. */
    static Node unary(int op, Node argument) {
        return new Node(op, 0, argument, null);
    }

    static Node binary(int op, Node left, Node right) {
        return new Node(op, 0, left, right);
    }

    /** The value at (x, y): NaN or ±∞ where the formula is undefined there (log of −1, 1/0). */
    double value(double x, double y) {
        switch (op) {
            case NUMBER: return number;
            case X: return x;
            case Y: return y;
            case PI: return Math.PI;
            case E: return Math.E;
            case NEGATE: return -left.value(x, y);
            case ADD: return left.value(x, y) + right.value(x, y);
            case SUBTRACT: return left.value(x, y) - right.value(x, y);
            case MULTIPLY: return left.value(x, y) * right.value(x, y);
            case DIVIDE: return left.value(x, y) / right.value(x, y);
            case POWER: return Math.pow(left.value(x, y), right.value(x, y));
            default: return function(op - FIRST_FUNCTION, left.value(x, y));
        }
    }

    private static double function(int f, double a) {
        switch (f) {
            case 0: return Math.sin(a);
            case 1: return Math.cos(a);
            case 2: return Math.tan(a);
            case 3: return a != a ? a : MathFunctions.tanh(a);
            case 4: return Math.exp(a);
            case 5: return Math.log(a);
            case 6: return Math.abs(a);
            default: return Math.sqrt(a);
        }
    }

    /** Whether neither x nor y appears anywhere in the tree. */
    boolean constant() {
        return op != X && op != Y && (left == null || left.constant()) && (right == null || right.constant());
    }

    /** Whether y appears anywhere in the tree. */
    boolean usesY() {
        return op == Y || left != null && left.usesY() || right != null && right.usesY();
    }

    private int level() {
        switch (op) {
            case ADD:
            case SUBTRACT:
                return SUM;
            case MULTIPLY:
            case DIVIDE:
                return PRODUCT;
            case NEGATE:
                return UNARY;
            case POWER:
                return POWER_LEVEL;
            default:
                return ATOM;
        }
    }

    /**
     * Writes the canonical form: explicit {@code *}, no spaces, parentheses only where the
     * parser needs them to build this same tree (left-associative sums and products,
     * right-associative powers), so reading it back gives the same tree and the same text.
     */
    void write(StringBuilder out) {
        switch (op) {
            case NUMBER:
                out.append(NumberText.format(number));
                return;
            case X:
                out.append('x');
                return;
            case Y:
                out.append('y');
                return;
            case PI:
                out.append("pi");
                return;
            case E:
                out.append('e');
                return;
            case NEGATE:
                out.append('-');
                left.write(out, left.level() < UNARY);
                return;
            case ADD:
            case SUBTRACT:
            case MULTIPLY:
            case DIVIDE:
                int level = level();
                left.write(out, left.level() < level);
                out.append(op == ADD ? '+' : op == SUBTRACT ? '-' : op == MULTIPLY ? '*' : '/');
                right.write(out, right.level() <= level);
                return;
            case POWER:
                left.write(out, left.level() <= POWER_LEVEL);
                out.append('^');
                right.write(out, right.level() < UNARY);
                return;
            default:
                out.append(FUNCTIONS[op - FIRST_FUNCTION]).append('(');
                left.write(out);
                out.append(')');
        }
    }

    private void write(StringBuilder out, boolean parenthesised) {
        if (parenthesised) {
            out.append('(');
            write(out);
            out.append(')');
        } else {
            write(out);
        }
    }

    /**
     * This tree as code in {@code dialect}: infix operators with spaces, the power as the
     * dialect's call, parentheses wherever the tree's grouping differs from the languages'
     * precedence and left-to-right reading (and around a negated negation, which would otherwise
     * read as {@code --}). {@code alone} as in {@link CodeDialect}.
     */
    String code(CodeDialect dialect, boolean alone) {
        switch (op) {
            case NUMBER:
                return dialect.number(number, alone);
            case X:
                return "x";
            case Y:
                return "y";
            case PI:
                return dialect.pi(alone);
            case E:
                return dialect.e(alone);
            default:
                break;
        }
        boolean constant = constant();
        String a = left.code(dialect, constant);
        switch (op) {
            case NEGATE:
                return "-" + (left.codeLevel() < UNARY || left.op == NEGATE ? "(" + a + ")" : a);
            case POWER:
                return dialect.power(a, right.code(dialect, constant));
            case ADD:
            case SUBTRACT:
            case MULTIPLY:
            case DIVIDE:
                int level = level();
                String b = right.code(dialect, constant);
                return (left.codeLevel() < level ? "(" + a + ")" : a)
                        + (op == ADD ? " + " : op == SUBTRACT ? " - " : op == MULTIPLY ? " * " : " / ")
                        + (right.codeLevel() <= level ? "(" + b + ")" : b);
            default:
                return dialect.function(FUNCTIONS[op - FIRST_FUNCTION], a);
        }
    }

    /** The binding strength in code, where a power is a call and binds like an atom. */
    private int codeLevel() {
        return op == POWER ? ATOM : level();
    }
}
