package backprop.ui.compare;

import backprop.engine.data.DataPoints;
import backprop.engine.state.Preset;
import backprop.engine.train.Experiment;
import backprop.engine.train.LossHistory;
import backprop.ui.base.Effect;
import backprop.ui.base.Notice;
import backprop.ui.base.Playground;
import backprop.ui.base.Pointer;
import backprop.ui.base.Target;

/**
 * The page's controller as one side's small network diagram sees it: the side's run instead of the
 * playground's, and pointing or clicking changes nothing (the compared runs are watched, not edited).
 */
final class SidePlayground implements Playground {
    private final Playground page;
    private final Pointer pointer = new Pointer();
    private Experiment experiment;

    SidePlayground(Playground page) {
        this.page = page;
    }

    void show(Experiment side) {
        this.experiment = side;
    }

    @Override
    public Preset preset() {
        return page.preset();
    }

    @Override
    public Experiment experiment() {
        return experiment;
    }

    @Override
    public LossHistory history() {
        return page.history();
    }

    @Override
    public int generation() {
        return page.generation();
    }

    @Override
    public DataPoints uploadedPoints() {
        return page.uploadedPoints();
    }

    @Override
    public Pointer pointer() {
        return pointer;
    }

    @Override
    public Notice notice() {
        return page.notice();
    }

    @Override
    public void change(Edit edit, Effect effect) {
    }

    @Override
    public void changeRun(RunEdit edit) {
    }

    @Override
    public void applyState(String state) {
    }

    @Override
    public void whenDataReady(Runnable action) {
        page.whenDataReady(action);
    }

    @Override
    public void pause() {
        page.pause();
    }

    @Override
    public void redraw() {
        page.redraw();
    }

    @Override
    public void recordHistory() {
    }

    @Override
    public void writeHash() {
    }

    @Override
    public void hover(Target target, double x, double y) {
    }

    @Override
    public void select(Target target) {
    }

    @Override
    public boolean shownNeuron(int layer, int index) {
        return false;
    }
}
