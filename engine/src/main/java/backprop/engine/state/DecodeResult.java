package backprop.engine.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link PresetCodec#decode} read: a valid preset, and one sentence per
 * key it could not take as written (what was wrong and what was used instead),
 * for the page to show.
 */
public final class DecodeResult {
    public final Preset preset;
    /** E.g. "learningRate: 'abc' is not a number; kept 0.03". Empty when every key was read. */
    public final List<String> problems;

    public DecodeResult(Preset preset, List<String> problems) {
        this.preset = preset;
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** Whether every key was read as written. */
    public boolean ok() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return "DecodeResult[" + preset + ", problems=" + problems + "]";
    }
}
