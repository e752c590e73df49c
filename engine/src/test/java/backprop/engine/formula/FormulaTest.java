package backprop.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The formula reader: values against {@link Math}, precedence, canonical round trips, errors with
 * positions, and a fuzz of random strings from which nothing but {@link FormulaException} escapes.
 */
class FormulaTest {
    private static double at(String formula, double x, double y) {
        return Formula.parse(formula).value(x, y);
    }

    @Test
    void functionsAgreeWithMath() {
        double[] xs = {-5.5, -1, -0.25, 0, 0.3, 1, 2.5, 6};
        for (double x : xs) {
            double y = 0.7 - x / 3;
            assertEquals(Math.sin(x), at("sin(x)", x, y), 0);
            assertEquals(Math.cos(3 * x), at("cos(3x)", x, y), 0);
            assertEquals(Math.tan(x), at("tan(x)", x, y), 0);
            assertEquals(Math.tanh(x), at("tanh(x)", x, y), 1e-15);
            assertEquals(Math.exp(-x * x), at("exp(-x^2)", x, y), 0);
            assertEquals(Math.log(Math.abs(x) + 1), at("log(abs(x) + 1)", x, y), 0);
            assertEquals(Math.sqrt(x * x + y * y), at("sqrt(x^2 + y^2)", x, y), 1e-15);
            assertEquals(x * y * y, at("x*y*y", x, y), 0);
            assertEquals(x * y * y, at("xyy", x, y), 0);
            assertEquals(Math.PI * x - Math.E, at("pi x − e", x, y), 0);
            assertEquals(2 * x / (y - 4), at("2 × x ÷ (y - 4)", x, y), 0);
        }
    }

    @Test
    void precedenceAndAssociativity() {
        assertEquals(7, at("1+2*3", 0, 0));
        assertEquals(9, at("(1+2)*3", 0, 0));
        assertEquals(-9, at("-3^2", 0, 0));
        assertEquals(9, at("(-3)^2", 0, 0));
        assertEquals(512, at("2^3^2", 0, 0));
        assertEquals(0.5, at("2^-1", 0, 0));
        assertEquals(1, at("8/4/2", 0, 0));
        assertEquals(-4, at("1-2-3", 0, 0));
        assertEquals(16, at("2**4", 0, 0));
        assertEquals(2 * 9, at("2x^2", 3, 0));
        assertEquals(2 * Math.sin(1.5), at("2sin(x)", 1.5, 0));
        assertEquals(6 * (1 + 2), at("x(y+1)*2", 3, 2));
        assertEquals(2000, at("2e3", 0, 0));
        assertEquals(2 * Math.E * 5, at("2ex", 5, 0));
        assertEquals(0.5, at(".5", 0, 0));
    }

    @Test
    void undefinedValuesAreNaNOrInfinite() {
        assertTrue(Double.isNaN(at("log(x)", -1, 0)));
        assertTrue(Double.isInfinite(at("1/x", 0, 0)));
        assertTrue(Double.isNaN(at("sqrt(x)", -2, 0)));
    }

    @Test
    void canonicalFormsReadBackToThemselves() {
        String[][] cases = {
            {"3x", "3*x"}, {"sin(3x)", "sin(3*x)"}, {"x y y", "x*y*y"}, {"-x^2", "-x^2"}, {"(-x)^2", "(-x)^2"},
            {"2^3^2", "2^3^2"}, {"(2^3)^2", "(2^3)^2"}, {"a", null}, {"1-(2-3)", "1-(2-3)"}, {"(1-2)-3", "1-2-3"},
            {"x/(y*2)", "x/(y*2)"}, {"-(x*y)", "-(x*y)"}, {"2^-x*3", "2^-x*3"}, {"x--y", "x--y"},
            {"tanh(x) + pi", "tanh(x)+pi"}, {"0.000001x", "0.000001*x"}, {"1e-7", "1e-7"}, {"1e21+x", "1e+21+x"},
        };
        for (String[] c : cases) {
            if (c[1] == null) {
                continue;
            }
            String canonical = Formula.parse(c[0]).toString();
            assertEquals(c[1], canonical, c[0]);
            assertEquals(canonical, Formula.parse(canonical).toString(), "reads back: " + canonical);
        }
    }

    @Test
    void randomTreesRoundTripWithTheSameValues() {
        Random random = new Random(17);
        for (int i = 0; i < 5000; i++) {
            String text = randomFormula(random, 4);
            Formula f = Formula.parse(text);
            Formula again = Formula.parse(f.toString());
            assertEquals(f.toString(), again.toString(), text);
            double x = random.nextDouble() * 12 - 6;
            double y = random.nextDouble() * 12 - 6;
            assertEquals(f.value(x, y), again.value(x, y), 0, text + " -> " + f);
        }
    }

    private static String randomFormula(Random r, int depth) {
        String[] leaves = {"x", "y", "2", "0.5", "pi", "e", "3x", "1e-3"};
        if (depth == 0 || r.nextInt(3) == 0) {
            return leaves[r.nextInt(leaves.length)];
        }
        String a = randomFormula(r, depth - 1);
        String b = randomFormula(r, depth - 1);
        switch (r.nextInt(8)) {
            case 0: return a + "+" + b;
            case 1: return a + " - " + b;
            case 2: return "(" + a + ")*(" + b + ")";
            case 3: return "(" + a + ")/" + "(" + b + ")";
            case 4: return "(" + a + ")^" + (r.nextBoolean() ? "-" : "") + "(" + b + ")";
            case 5: return "-(" + a + ")";
            case 6: return "sin(" + a + ")";
            default: return "sqrt(" + a + ")(" + b + ")";
        }
    }

    @Test
    void errorsNameThePosition() {
        assertError("sin(x", "expected ')' to close the '(' at 3", 5);
        assertError("(x+1))", "unmatched ')'", 5);
        assertError("x+", "the formula ends too early", 2);
        assertError("2*foo(x)", "unknown name 'foo' (use x, y, pi, e, sin, cos, tan, tanh, exp, log, abs, sqrt)", 2);
        assertError("sinx", "expected '(' after sin", 3);
        assertError("x $ 2", "unexpected '$'", 2);
        assertError("1 2", "two numbers in a row; put an operator between them", 2);
        assertError("   ", "empty formula", 3);
        assertError("()", "expected a number, x or '(' before ')'", 1);
        assertError("x2", "unexpected '2'", 1);
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parseOfX("x + y"));
        assertEquals(4, e.position());
        assertEquals(Formula.parseOfX("x^2").toString(), "x^2");
    }

    @Test
    void lengthAndDepthAreBounded() {
        assertError("x+".repeat(100) + "x", "longer than 200 characters", 200);
        assertEquals("x+".repeat(99) + "x*x", Formula.parse("x+".repeat(99) + "xx").toString(), "200 characters are read");
        String deep = "(".repeat(33) + "x" + ")".repeat(33);
        assertError(deep, "nested deeper than 32 levels", 32);
        String ok = "(".repeat(32) + "x" + ")".repeat(32);
        assertEquals("x", Formula.parse(ok).toString());
        assertError("-".repeat(40) + "x", "nested deeper than 32 levels", 32);
        assertError("2^".repeat(40) + "2", "nested deeper than 32 levels", 65); // the 33rd '^'

    }

    private static void assertError(String text, String reason, int position) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text), text);
        assertEquals(reason, e.reason(), text);
        assertEquals(position, e.position(), text);
        assertEquals(reason + " at " + position, e.getMessage());
    }

    /** 100,000 random strings over the formula alphabet and beyond: only FormulaException may come out. */
    @Test
    void fuzzThrowsNothingButFormulaException() {
        Random random = new Random(2026);
        String alphabet = "xy0123456789.eE+-*/^() \tsincotahexplgbqrpiXY×÷−·$,";
        String[] words = {"sin(", "cos(", "tanh(", "exp(", "log(", "sqrt(", "abs(", "pi", "**", "1e", "e-"};
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 260 : 24);
            while (s.length() < length) {
                if (random.nextInt(4) == 0) {
                    s.append(words[random.nextInt(words.length)]);
                } else if (random.nextInt(50) == 0) {
                    s.append((char) random.nextInt(0x10000));
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = s.toString();
            try {
                Formula f = Formula.parse(text);
                parsed++;
                f.value(random.nextDouble(), random.nextDouble());
                assertEquals(f.toString(), Formula.parse(f.toString()).toString(), text);
            } catch (FormulaException e) {
                assertTrue(e.position() >= 0 && e.position() <= text.length(), text + ": " + e.getMessage());
            }
        }
        assertTrue(parsed > 1000, "some random strings are formulas: " + parsed);
        assertFalse(parsed == 100_000);
    }
}
