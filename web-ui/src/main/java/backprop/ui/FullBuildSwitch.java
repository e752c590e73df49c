package backprop.ui;

import backprop.engine.train.Experiment;
import backprop.engine.state.Preset;
import backprop.engine.train.Trace;
import backprop.ui.base.Dom;
import backprop.ui.base.Target;
import backprop.ui.compare.ComparePart;
import backprop.ui.digits.DigitsPart;
import backprop.ui.explain.ExplainPart;
import backprop.ui.explain.ExplainOverlay;
import backprop.ui.lessons.LessonsPart;
import backprop.ui.remote.CodeExport;
import backprop.ui.textbook.TextbookPart;

/**
 * The default build's stand-in for the step-through, the digits mode, the lessons, the textbook
 * example, the compare mode and the export as code: nothing of
 * theirs is drawn here. As soon as the state asks for either one (a button, a click on a point, the
 * automation API or an edited address), it hands the run to {@link BuildSwitch}, which reloads the
 * page with the full build; the address keeps the state, so the full build opens exactly that.
 */
final class FullBuildSwitch implements BuildParts, ExplainPart, DigitsPart, LessonsPart, TextbookPart,
        ComparePart {
    private Controller controller;

    @Override
    public ExplainPart explain(Controller c) {
        this.controller = c;
        Dom.byId("explain-start").addEventListener("click", event -> random());
        return this;
    }

    @Override
    public DigitsPart digits(Controller c) {
        this.controller = c;
        return this;
    }

    @Override
    public LessonsPart lessons(Controller c) {
        this.controller = c;
        return this;
    }

    @Override
    public TextbookPart textbook(Controller c) {
        this.controller = c;
        return this;
    }

    /** The default build always starts a run itself; its "Export as code" carries the run to the full build. */
    @Override
    public ComparePart compare(Controller c) {
        this.controller = c;
        Dom.byId("compare-open").addEventListener("click", event -> c.change(p -> p.compare = true));
        return this;
    }

    @Override
    public void started(Controller c) {
        this.controller = c;
        Dom.byId("export-code").addEventListener("click", event -> {
            PendingExport.store(CodeExport.selectedLanguage());
            BuildSwitch.toFullBuild(controller);
        });
    }

    private void random() {
        int index = ExplainPart.randomExample(controller);
        if (index >= 0) {
            open(false, index);
        }
    }

    // ---- the step-through: opening it brings in the full build ---------------------------------

    @Override
    public void open(boolean test, int index) {
        controller.pause();
        ExplainPart.stateAt(controller, test, index);
    }

    @Override
    public void checkExample() {
        if (controller.preset().explaining()) {
            BuildSwitch.toFullBuild(controller);
        }
    }

    @Override
    public void exit() {
    }

    @Override
    public void next() {
    }

    @Override
    public void previous() {
    }

    @Override
    public void tick() {
    }

    @Override
    public Trace trace() {
        return null;
    }

    @Override
    public boolean showAfter(Preset preset) {
        return false;
    }

    @Override
    public ExplainOverlay overlay(Trace trace, Preset preset) {
        return null;
    }

    @Override
    public void draw(Experiment experiment, Preset preset, Trace trace, Target selected, String state) {
    }

    // ---- the textbook example: asking for it brings in the full build ------------------------

    @Override
    public void draw(Preset preset) {
        if (preset.textbook) {
            BuildSwitch.toFullBuild(controller);
        }
    }

    @Override
    public String numbersJson() {
        return null;
    }

    // ---- the digits: asking for them brings in the full build ----------------------------------

    @Override
    public void sync(Preset preset) {
        if (preset.digits != null || preset.explaining() || preset.lesson != 0 || preset.compare) {
            BuildSwitch.toFullBuild(controller);
        }
    }

    @Override
    public boolean active() {
        return false;
    }

    @Override
    public void frame(boolean playing) {
    }

    @Override
    public boolean diverged() {
        return false;
    }

    @Override
    public void step() {
    }

    @Override
    public void reset() {
    }

    // ---- the compare mode: asking for it brings in the full build (see sync) ------------------

    @Override
    public String compareJson() {
        return "{\"active\":false}";
    }

    // ---- the lessons: opening one brings in the full build ------------------------------------

    @Override
    public String json() {
        return "{\"chapter\":0}";
    }
}
