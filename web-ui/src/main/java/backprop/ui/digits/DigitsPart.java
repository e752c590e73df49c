package backprop.ui.digits;

import backprop.engine.state.Preset;

/**
 * The digits mode as the controller uses it: {@link DigitsMode} in the full build,
 * {@code backprop.ui.FullBuildSwitch} in the default one, which loads the full build when the state
 * asks for digits.
 */
public interface DigitsPart {
    /** Whether the frame trains digits instead of the 2-D data. */
    boolean active();

    /** Follows the state after every change. */
    void sync(Preset preset);

    void frame(boolean playing);

    boolean diverged();

    void step();

    void reset();
}
