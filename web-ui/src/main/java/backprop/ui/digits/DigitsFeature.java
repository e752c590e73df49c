package backprop.ui.digits;

import backprop.engine.state.Preset;

/**
 * The digits mode (issue 7) as the controller uses it: {@link DigitsMode} in the full build,
 * {@code backprop.ui.FullBuildSwitch} in the default one (issue 8), which loads the full build when the state
 * asks for digits.
 */
public interface DigitsFeature {
    /** Whether the frame trains digits instead of the 2-D data. */
    boolean active();

    /** Follows the state after every change. */
    void sync(Preset preset);

    void frame(boolean playing);

    boolean diverged();

    void step();

    void reset();
}
