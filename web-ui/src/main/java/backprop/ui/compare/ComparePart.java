package backprop.ui.compare;

import backprop.engine.state.Preset;

/**
 * The compare mode as the controller uses it: {@link CompareMode} in the full build,
 * {@code backprop.ui.FullBuildSwitch} in the default one, which loads the full build when the state
 * asks to compare.
 */
public interface ComparePart {
    /** Whether the frame trains the two compared runs instead of the playground's run. */
    boolean active();

    /** Follows the state after every change. */
    void sync(Preset preset);

    void frame(boolean playing);

    void step();

    void reset();

    /**
     * Both sides as JSON for the automation API: {@code active}, {@code compareB}, and per side
     * ({@code a}, {@code b}) its {@code epoch}, {@code trainLoss}, {@code testLoss} (as text: a
     * diverged run's loss is Infinity), {@code diverged}, {@code points} (loss history samples) and
     * {@code weights} (a hash of every weight's exact text); {@code sameWeights} compares them whole.
     */
    String compareJson();
}
