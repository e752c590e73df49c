package backprop.engine.state;

import backprop.engine.data.FeatureFormulas;
import backprop.engine.data.FormulaData;
import backprop.engine.data.Problem;
import backprop.engine.formula.Formula;
import backprop.engine.formula.FormulaException;
import backprop.engine.text.PercentEncoding;
import java.util.List;

/**
 * The keys of the functions a person types: {@code formula} (the boundary y &gt; f(x) of the
 * classification dataset "formula"), {@code regFormula} (the surface z = f(x, y) of "reg-formula")
 * and {@code featureFormulas} (typed input features, comma-separated). Values are kept in their
 * canonical form ({@link Formula#toString}), percent-encoded in the URL but for ( ) * / , ; a formula that cannot be
 * read keeps the current one, with the reader's message and position as the problem.
 */
final class FormulaKeys {
    private FormulaKeys() {
    }

    static void addTo(List<Key<?>> k) {
        k.add(new Key<>("formula", false, new FormulaText(false), FormulaData.DEFAULT_BOUNDARY, Reset.NEW_DATA)
                .onlyFor(Problem.CLASSIFICATION));
        k.add(new Key<>("regFormula", false, new FormulaText(true), FormulaData.DEFAULT_SURFACE, Reset.NEW_DATA)
                .onlyFor(Problem.REGRESSION));
        k.add(new Key<>("featureFormulas", false, new FormulaText(true, FeatureFormulas.MAX), "", Reset.RESHAPE));
    }

    /** One formula (of x alone, or of x and y), or a comma-separated list of up to {@code most}. */
    private static final class FormulaText extends ValueType<String> {
        private final boolean allowY;
        /** 0: exactly one formula; else a list of 0..most. */
        private final int most;

        FormulaText(boolean allowY) {
            this(allowY, 0);
        }

        FormulaText(boolean allowY, int most) {
            this.allowY = allowY;
            this.most = most;
        }

        /** Percent-encoded, but ( ) * / , are left as they are (a fragment may hold them): easier to read. */
        @Override
        String format(String value) {
            StringBuilder out = new StringBuilder();
            int run = 0;
            for (int i = 0; i <= value.length(); i++) {
                char c = i < value.length() ? value.charAt(i) : 0;
                if (i == value.length() || c == '(' || c == ')' || c == '*' || c == '/' || c == ',') {
                    out.append(PercentEncoding.encode(value.substring(run, i)));
                    if (i < value.length()) {
                        out.append(c);
                    }
                    run = i + 1;
                }
            }
            return out.toString();
        }

        @Override
        boolean readsBlank() {
            return most > 0;
        }

        @Override
        String read(String key, String text, String current, PresetReader reader) {
            try {
                return canonical(text);
            } catch (IllegalArgumentException e) {
                reader.kept(key, text, "is not " + describe() + " (" + e.getMessage() + ")",
                        current.isEmpty() ? "none" : current);
                return current;
            }
        }

        /** The canonical form of {@code text}; throws with the reader's message when it cannot be read. */
        private String canonical(String text) {
            if (most == 0) {
                return (allowY ? Formula.parse(text) : Formula.parseOfX(text)).toString();
            }
            return FeatureFormulas.join(FeatureFormulas.parse(text.trim()));
        }

        @Override
        boolean allows(String value) {
            if (value == null) {
                return false;
            }
            try {
                return canonical(value).equals(value);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        String describe() {
            String one = allowY ? "a formula of x and y" : "a formula of x";
            return most == 0 ? one : "up to " + most + " formulas of x and y, separated by commas";
        }
    }
}
