package backprop.ui;

import backprop.ui.compare.ComparePart;
import backprop.ui.digits.DigitsPart;
import backprop.ui.explain.ExplainPart;
import backprop.ui.lessons.LessonsPart;
import backprop.ui.textbook.TextbookPart;

/**
 * What differs between the page's two builds. The default build ({@link Main}) has the
 * playground without the step-through and the digits, about a quarter less code to download; the
 * full build ({@link FullMain}) has everything. Only the full build's factory names the classes of
 * those two parts, so TeaVM leaves them out of the default build.
 */
interface BuildParts {
    ExplainPart explain(Controller controller);

    DigitsPart digits(Controller controller);

    /** The textbook example's view (one per page: the views draw it, the automation API reads it). */
    TextbookPart textbook(Controller controller);

    /** The lessons: the same part on every call (the views draw it, the automation API reads it). */
    LessonsPart lessons(Controller controller);

    /** The compare mode: the same part on every call (the controller drives it, the automation API reads it). */
    ComparePart compare(Controller controller);

    /** Called once the controller has built its first run (the full build takes over a run here). */
    void started(Controller controller);
}
