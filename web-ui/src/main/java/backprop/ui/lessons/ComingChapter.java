package backprop.ui.lessons;

import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** A chapter not written yet: its title and a pointer to the playground, and no task to do. */
final class ComingChapter implements Chapter {
    private final int number;
    private final String title;

    ComingChapter(int number, String title) {
        this.number = number;
        this.title = title;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String text() {
        return "This chapter is coming. Until it is here, the playground below has every piece of it:"
                + " press play and watch the network learn.";
    }

    @Override
    public String task() {
        return "No task yet.";
    }

    @Override
    public void open(HTMLElement body, Lesson lesson) {
        Dom.setText(body, "");
    }

    @Override
    public void show(Preset preset) {
    }

    @Override
    public boolean done() {
        return false;
    }

    @Override
    public void numbers(JsonText json) {
    }

    @Override
    public void openInPlayground(Lesson lesson) {
    }
}
