package backprop.engine.state;

import backprop.engine.text.NumberText;

/**
 * {@code explain=train:12} or {@code explain=test:3}: the example the step-through view explains,
 * one key for two fields ({@link Preset#explainIndex}, {@link Preset#explainTest}); left out
 * while the view is closed (index −1).
 */
final class ExplainKey extends Key<Integer> {
    ExplainKey() {
        super("explain", false, ValueType.whole(-1, Limits.MAX_EXPLAIN_INDEX), -1, Reset.VIEW);
    }

    @Override
    void setDefault(Preset p) {
        super.setDefault(p);
        p.explainTest = false;
    }

    @Override
    void copy(Preset from, Preset to) {
        super.copy(from, to);
        to.explainTest = from.explainTest;
    }

    @Override
    boolean same(Preset a, Preset b) {
        return super.same(a, b) && a.explainTest == b.explainTest;
    }

    @Override
    int hash(Preset p) {
        return 2 * super.hash(p) + (p.explainTest ? 1 : 0);
    }

    @Override
    String write(Preset p) {
        return p.explainIndex < 0 ? null : name() + "=" + (p.explainTest ? "test:" : "train:") + p.explainIndex;
    }

    @Override
    void read(PresetReader reader, Preset p) {
        String v = reader.value(name(), false);
        if (v == null) {
            return;
        }
        int colon = v.indexOf(':');
        String set = colon < 0 ? "" : v.substring(0, colon).trim();
        double index = colon < 0 ? Double.NaN : NumberText.parse(v.substring(colon + 1).trim());
        if (!(set.equals("train") || set.equals("test")) || index != index || index != Math.floor(index)) {
            reader.problem(name(), v, "is not train:N or test:N with a whole number N", "explained nothing");
            return;
        }
        if (index < 0 || index > Limits.MAX_EXPLAIN_INDEX) {
            reader.problem(name(), v, "is outside 0.." + Limits.MAX_EXPLAIN_INDEX, "explained nothing");
            return;
        }
        p.explainTest = set.equals("test");
        p.explainIndex = (int) index;
    }
}
