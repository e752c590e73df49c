package backprop.engine.formula;

import backprop.engine.text.NumberText;

/**
 * Reads a formula by recursive descent, one character at a time:
 * <pre>
 * sum     = product { ("+" | "-") product }
 * product = unary { ("*" | "/" | nothing before a name or "(") unary }
 * unary   = ("-" | "+") unary | power
 * power   = atom [ "^" unary ]          (right-associative: 2^3^2 = 2^9; -x^2 = -(x^2))
 * atom    = number | x | y | pi | e | function "(" sum ")" | "(" sum ")"
 * </pre>
 * Numbers are decimal with an optional exponent ({@code 1.5}, {@code .5}, {@code 2e-3}); {@code **}
 * is a power too, and the typographic − × ÷ · read as - * / *. Spaces are ignored. A name is matched
 * longest first, so {@code xy} is x·y, {@code ex} is e·x and {@code tanh} is not tan·h. Length and
 * nesting are bounded, so no input can exhaust the stack; every refusal is a {@link FormulaException}.
 */
final class FormulaParser {
    /** The longest formula read, in characters. */
    static final int MAX_LENGTH = 200;
    /** The deepest nesting of parentheses, functions, signs and powers. */
    static final int MAX_DEPTH = 32;

    private final String text;
    private final boolean allowY;
    private int at;
    private int depth;

    private FormulaParser(String text, boolean allowY) {
        this.text = text;
        this.allowY = allowY;
    }

    /** The tree of {@code text}; y is refused unless {@code allowY}. */
    static Node parse(String text, boolean allowY) {
        if (text == null) {
            throw new FormulaException("no formula", 0);
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        FormulaParser parser = new FormulaParser(text, allowY);
        parser.skipSpaces();
        if (parser.at == text.length()) {
            throw new FormulaException("empty formula", parser.at);
        }
        Node root = parser.sum();
        if (parser.at < text.length()) {
            char c = text.charAt(parser.at);
            throw new FormulaException(c == ')' ? "unmatched ')'" : "unexpected '" + c + "'", parser.at);
        }
        return root;
    }

    private Node sum() {
        Node left = product();
        while (true) {
            char c = peek();
            if (c == '+') {
                at++;
                left = Node.binary(Node.ADD, left, product());
            } else if (c == '-' || c == '\u2212') {
                at++;
                left = Node.binary(Node.SUBTRACT, left, product());
            } else {
                return left;
            }
        }
    }

    private Node product() {
        Node left = unary();
        while (true) {
            char c = peek();
            if (c == '*' && !(at + 1 < text.length() && text.charAt(at + 1) == '*') || c == '\u00D7' || c == '\u00B7') {
                at++;
                left = Node.binary(Node.MULTIPLY, left, unary());
            } else if (c == '/' || c == '\u00F7') {
                at++;
                left = Node.binary(Node.DIVIDE, left, unary());
            } else if (c == '(' || isLetter(c)) {
                left = Node.binary(Node.MULTIPLY, left, unary());
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        char c = peek();
        if (c == '-' || c == '\u2212' || c == '+') {
            int start = at;
            at++;
            enter(start);
            Node operand = unary();
            depth--;
            return c == '+' ? operand : Node.unary(Node.NEGATE, operand);
        }
        return power();
    }

    private Node power() {
        Node base = atom();
        char c = peek();
        boolean stars = c == '*' && at + 1 < text.length() && text.charAt(at + 1) == '*';
        if (c == '^' || stars) {
            int start = at;
            at += stars ? 2 : 1;
            enter(start);
            Node exponent = unary();
            depth--;
            return Node.binary(Node.POWER, base, exponent);
        }
        return base;
    }

    private Node atom() {
        char c = peek();
        int start = at;
        if (c == '(') {
            at++;
            enter(start);
            Node inner = sum();
            expectClose(start);
            depth--;
            return inner;
        }
        if (c >= '0' && c <= '9' || c == '.') {
            return number();
        }
        if (isLetter(c)) {
            return name();
        }
        if (at == text.length()) {
            throw new FormulaException("the formula ends too early", at);
        }
        if (c == ')') {
            throw new FormulaException("expected a number, x or '(' before ')'", at);
        }
        throw new FormulaException("unexpected '" + c + "'", at);
    }

    private Node number() {
        int start = at;
        int digits = 0;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
            digits++;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
                digits++;
            }
        }
        if (digits == 0) {
            throw new FormulaException("expected a digit", at);
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int sign = at + 1 < text.length() && (text.charAt(at + 1) == '+' || text.charAt(at + 1) == '-') ? 1 : 0;
            if (at + 1 + sign < text.length() && isDigit(text.charAt(at + 1 + sign))) {
                at += 1 + sign;
                while (at < text.length() && isDigit(text.charAt(at))) {
                    at++;
                }
            }
        }
        double value = NumberText.parse(text.substring(start, at));
        if (value != value || value == Double.POSITIVE_INFINITY) {
            throw new FormulaException(value != value ? "cannot read this number" : "number too large", start);
        }
        skipSpaces();
        if (at < text.length() && (isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            throw new FormulaException("two numbers in a row; put an operator between them", at);
        }
        return Node.number(value);
    }

    private Node name() {
        int start = at;
        int function = -1;
        for (int f = 0; f < Node.FUNCTIONS.length; f++) {
            if (text.startsWith(Node.FUNCTIONS[f], at)
                    && (function < 0 || Node.FUNCTIONS[f].length() > Node.FUNCTIONS[function].length())) {
                function = f;
            }
        }
        if (function >= 0) {
            at += Node.FUNCTIONS[function].length();
            skipSpaces();
            if (peekRaw() != '(') {
                throw new FormulaException("expected '(' after " + Node.FUNCTIONS[function], at);
            }
            int open = at;
            at++;
            enter(start);
            Node argument = sum();
            expectClose(open);
            depth--;
            return Node.unary(Node.FIRST_FUNCTION + function, argument);
        }
        Node leaf;
        if (text.startsWith("pi", at)) {
            at += 2;
            leaf = Node.leaf(Node.PI);
        } else {
            char c = text.charAt(at);
            at++;
            if (c == 'x' || c == 'X') {
                leaf = Node.leaf(Node.X);
            } else if (c == 'y' || c == 'Y') {
                if (!allowY) {
                    throw new FormulaException("only x here: the boundary is y > f(x)", start);
                }
                leaf = Node.leaf(Node.Y);
            } else if (c == 'e') {
                leaf = Node.leaf(Node.E);
            } else {
                int end = start;
                while (end < text.length() && isLetter(text.charAt(end))) {
                    end++;
                }
                throw new FormulaException("unknown name '" + text.substring(start, end)
                        + "' (use x, y, pi, e, sin, cos, tan, tanh, exp, log, abs, sqrt)", start);
            }
        }
        skipSpaces();
        return leaf;
    }

    private void expectClose(int open) {
        if (peek() != ')') {
            throw new FormulaException(at == text.length() ? "expected ')' to close the '(' at " + open
                    : "expected ')'", at);
        }
        at++;
        skipSpaces();
    }

    private void enter(int where) {
        if (++depth > MAX_DEPTH) {
            throw new FormulaException("nested deeper than " + MAX_DEPTH + " levels", where);
        }
    }

    /** The next character after spaces, or 0 at the end. */
    private char peek() {
        skipSpaces();
        return peekRaw();
    }

    private char peekRaw() {
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
