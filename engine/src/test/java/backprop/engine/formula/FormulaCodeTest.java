package backprop.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import backprop.engine.text.NumberText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Formula#toCode}: the parentheses keep the tree (code written back in the formula's own
 * syntax reads to the same formula), a minus never touches another minus (Java and JavaScript would
 * read {@code --} as a decrement), and a dialect learns which leaves stand alone.
 */
class FormulaCodeTest {
    /** Writes code in the formula syntax itself, so that the parser can read it back. */
    private static final CodeDialect FORMULA_SYNTAX = new CodeDialect() {
        @Override
        public String number(double v, boolean alone) {
            return NumberText.format(v);
        }

        @Override
        public String pi(boolean alone) {
            return "pi";
        }

        @Override
        public String e(boolean alone) {
            return "e";
        }

        @Override
        public String function(String name, String argument) {
            return name + "(" + argument + ")";
        }

        @Override
        public String power(String base, String exponent) {
            return "(" + base + ")^(" + exponent + ")";
        }
    };

    /** A readable dialect: pow(a, b), and a leaf that stands alone in square brackets. */
    private static final CodeDialect MARKED = new CodeDialect() {
        @Override
        public String number(double v, boolean alone) {
            return alone ? "[" + NumberText.format(v) + "]" : NumberText.format(v);
        }

        @Override
        public String pi(boolean alone) {
            return alone ? "[PI]" : "PI";
        }

        @Override
        public String e(boolean alone) {
            return alone ? "[E]" : "E";
        }

        @Override
        public String function(String name, String argument) {
            return "f." + name + "(" + argument + ")";
        }

        @Override
        public String power(String base, String exponent) {
            return "pow(" + base + ", " + exponent + ")";
        }
    };

    private static String code(String formula) {
        return Formula.parse(formula).toCode(MARKED);
    }

    @Test
    void operatorsKeepTheTreesGroupingWithTheFewestParentheses() {
        assertEquals("x * y * y", code("x*y*y"));
        assertEquals("x - (y - 1)", code("x-(y-1)"));
        assertEquals("x / (2 * y)", code("x/(2y)"));
        assertEquals("(x + y) * 3", code("(x+y)*3"));
        assertEquals("f.sqrt(pow(x, 2) + pow(y, 2)) / E", code("sqrt(x^2+y^2)/e"));
        assertEquals("-pow(x, 2)", code("-x^2"));
        assertEquals("pow(-x, 2)", code("(-x)^2"));
        assertEquals("pow(x, pow([3], [2]))", code("x^3^2"));
        assertEquals("f.sin(3 * x)", code("sin(3x)"));
        assertEquals("f.log(x)", code("log(x)"));
    }

    @Test
    void aMinusNeverTouchesAnotherMinus() {
        assertEquals("-(-x)", code("--x"));
        assertEquals("x - -y", code("x-(-y)"));
        assertEquals("x * -y", code("x*(-y)"));
        assertEquals("-(x + y)", code("-(x+y)"));
        assertEquals("-(-(-x))", code("---x"));
    }

    @Test
    void leavesOfOperationsWithoutXOrYStandAlone() {
        assertEquals("[2]", code("2"));
        assertEquals("[PI]", code("pi"));
        assertEquals("f.sin(3 * x) + [1] / [0]", code("sin(3x)+1/0"));
        assertEquals("f.sin([2]) * x", code("sin(2)x"));
        assertEquals("pow(2, x) - pow([E], -[1])", code("2^x-e^-1"));
        assertEquals("PI * x", code("pi x"));
    }

    @Test
    void randomFormulasWrittenAsCodeReadBackToThemselves() {
        Random random = new Random(23);
        for (int i = 0; i < 5000; i++) {
            String text = randomFormula(random, 4);
            Formula f = Formula.parse(text);
            String code = f.toCode(FORMULA_SYNTAX);
            Formula again = Formula.parse(code);
            assertEquals(f, again, text + " -> " + code);
            double x = random.nextDouble() * 12 - 6;
            double y = random.nextDouble() * 12 - 6;
            assertEquals(f.value(x, y), again.value(x, y), 0, text + " -> " + code);
            assertFalse(code.contains("--"), text + " -> " + code);
        }
    }

    private static String randomFormula(Random r, int depth) {
        String[] leaves = {"x", "y", "2", "0.5", "pi", "e", "3x", "1e-3", "-x", "--y"};
        if (depth == 0 || r.nextInt(3) == 0) {
            return leaves[r.nextInt(leaves.length)];
        }
        String a = randomFormula(r, depth - 1);
        String b = randomFormula(r, depth - 1);
        switch (r.nextInt(9)) {
            case 0: return a + "+" + b;
            case 1: return a + "-" + b;
            case 2: return "(" + a + ")*(" + b + ")";
            case 3: return "(" + a + ")/(" + b + ")";
            case 4: return "(" + a + ")^" + (r.nextBoolean() ? "-" : "") + "(" + b + ")";
            case 5: return "-(" + a + ")";
            case 6: return "-" + a;
            case 7: return "tanh(" + a + ")";
            default: return "log(" + a + ")(" + b + ")";
        }
    }
}
