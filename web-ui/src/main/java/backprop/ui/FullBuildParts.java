package backprop.ui;

import backprop.ui.compare.CompareMode;
import backprop.ui.compare.ComparePart;
import backprop.ui.digits.DigitsPart;
import backprop.ui.digits.DigitsMode;
import backprop.ui.explain.ExplainPart;
import backprop.ui.explain.ExplainSession;
import backprop.ui.lessons.LessonPanel;
import backprop.ui.lessons.LessonsPart;
import backprop.ui.remote.CodeExport;
import backprop.ui.textbook.TextbookPart;
import backprop.ui.textbook.TextbookView;

/**
 * The full build's parts: the step-through, the digits, the lessons, the textbook example, the
 * compare mode and the export as code, and a run carried over from the default build.
 */
final class FullBuildParts implements BuildParts {
    private LessonPanel lessons;
    private TextbookView textbook;
    private CompareMode compare;

    @Override
    public ExplainPart explain(Controller controller) {
        return new ExplainSession(controller);
    }

    @Override
    public DigitsPart digits(Controller controller) {
        return new DigitsMode(controller);
    }

    @Override
    public TextbookPart textbook(Controller controller) {
        if (textbook == null) {
            textbook = new TextbookView(controller);
        }
        return textbook;
    }

    @Override
    public LessonsPart lessons(Controller controller) {
        if (lessons == null) {
            lessons = new LessonPanel(controller);
        }
        return lessons;
    }

    @Override
    public ComparePart compare(Controller controller) {
        if (compare == null) {
            compare = new CompareMode(controller);
        }
        return compare;
    }

    @Override
    public void started(Controller controller) {
        BuildSwitch.takeOver(controller);
        CodeExport codeExport = new CodeExport(controller);
        String pending = PendingExport.take();
        if (pending != null) {
            codeExport.export(pending); // asked for in the default build, which has no code generators
        }
    }
}
