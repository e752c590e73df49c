package backprop.ui;

import backprop.ui.digits.DigitsFeature;
import backprop.ui.digits.DigitsMode;
import backprop.ui.explain.ExplainFeature;
import backprop.ui.explain.ExplainSession;

/** The full build's features: the step-through and the digits, and a run carried over from the default build. */
final class FullFeatures implements Features {
    @Override
    public ExplainFeature explain(Controller controller) {
        return new ExplainSession(controller);
    }

    @Override
    public DigitsFeature digits(Controller controller) {
        return new DigitsMode(controller);
    }

    @Override
    public void started(Controller controller) {
        BuildSwitch.takeOver(controller);
    }
}
