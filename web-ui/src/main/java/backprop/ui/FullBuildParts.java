package backprop.ui;

import backprop.ui.digits.DigitsPart;
import backprop.ui.digits.DigitsMode;
import backprop.ui.explain.ExplainPart;
import backprop.ui.explain.ExplainSession;

/** The full build's parts: the step-through and the digits, and a run carried over from the default build. */
final class FullBuildParts implements BuildParts {
    @Override
    public ExplainPart explain(Controller controller) {
        return new ExplainSession(controller);
    }

    @Override
    public DigitsPart digits(Controller controller) {
        return new DigitsMode(controller);
    }

    @Override
    public void started(Controller controller) {
        BuildSwitch.takeOver(controller);
    }
}
