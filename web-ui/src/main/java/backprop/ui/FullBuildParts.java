package backprop.ui;

import backprop.ui.digits.DigitsPart;
import backprop.ui.digits.DigitsMode;
import backprop.ui.explain.ExplainPart;
import backprop.ui.explain.ExplainSession;
import backprop.ui.lessons.LessonPanel;
import backprop.ui.lessons.LessonsPart;

/** The full build's parts: the step-through, the digits and the lessons, and a run carried over from the default build. */
final class FullBuildParts implements BuildParts {
    private LessonPanel lessons;

    @Override
    public ExplainPart explain(Controller controller) {
        return new ExplainSession(controller);
    }

    @Override
    public DigitsPart digits(Controller controller) {
        return new DigitsMode(controller);
    }

    @Override
    public LessonsPart lessons(Controller controller) {
        if (lessons == null) {
            lessons = new LessonPanel(controller);
        }
        return lessons;
    }

    @Override
    public void started(Controller controller) {
        BuildSwitch.takeOver(controller);
    }
}
