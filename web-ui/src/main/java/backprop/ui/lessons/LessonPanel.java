package backprop.ui.lessons;

import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.ui.base.Dom;
import backprop.ui.base.Playground;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lesson panel ({@code #lessons}): "Lesson N of 7 · title", the chapter's text, its body
 * (controls and live numbers, drawn by the {@link Chapter}), its task with a ✓ once done, seven
 * dots for the chapters done ({@link Progress}), Previous / Next, "Open this in the playground"
 * and Close. It follows the state's {@code lesson} key; every move between chapters is an edit
 * of the state, so the address always names the chapter shown.
 */
public final class LessonPanel implements LessonsPart {
    private final Chapter[] chapters = Chapters.all();
    private final Progress progress = new Progress();
    private final Lesson lesson;
    private final HTMLElement section = Dom.byId("lessons");
    private final HTMLElement heading = Dom.create("h2", "lesson-title");
    private final HTMLElement text = Dom.create("div", "lesson-text");
    private final HTMLElement body = Dom.create("div", "lesson-body");
    private final HTMLElement task = Dom.create("span", "lesson-task-text");
    private final HTMLElement doneMark = Dom.create("span", "lesson-done");
    private final HTMLElement count = Dom.create("span", "lesson-count");
    private final HTMLElement[] dots = new HTMLElement[Chapters.COUNT + 1];
    private final HTMLElement prev = button("lesson-prev", "\u2190 Previous");
    private final HTMLElement next = button("lesson-next", "Next \u2192");
    private Chapter open;
    private String shownState = "";

    public LessonPanel(Playground playground) {
        lesson = new Lesson(playground, this::refresh);
        build();
    }

    private void build() {
        heading.setAttribute("id", "chapter-title");
        heading.setAttribute("tabindex", "-1");
        HTMLElement close = button("lesson-close", "Close lesson");
        close.setAttribute("aria-label", "Close the lesson and go back to the playground");
        close.addEventListener("click", event -> go(0));
        HTMLElement head = Dom.create("div", "lesson-head");
        head.appendChild(heading);
        head.appendChild(close);

        HTMLElement taskLine = Dom.create("p", "lesson-task");
        taskLine.setAttribute("id", "lesson-task");
        HTMLElement label = Dom.create("strong", null);
        Dom.setText(label, "Task: ");
        taskLine.appendChild(label);
        taskLine.appendChild(task);
        doneMark.setAttribute("id", "lesson-done");
        doneMark.setAttribute("role", "status");
        taskLine.appendChild(doneMark);
        body.setAttribute("id", "lesson-body");
        text.setAttribute("id", "chapter-text");

        HTMLElement nav = Dom.create("div", "lesson-nav");
        prev.addEventListener("click", event -> go(open.number() - 1));
        next.addEventListener("click", event -> go(open.number() + 1));
        HTMLElement toPlayground = button("lesson-playground", "Open this in the playground");
        toPlayground.addEventListener("click", event -> openInPlayground());
        nav.appendChild(prev);
        nav.appendChild(next);
        nav.appendChild(toPlayground);

        HTMLElement progressLine = Dom.create("div", "lesson-progress");
        HTMLElement list = Dom.create("ol", "lesson-dots");
        list.setAttribute("aria-label", "Chapters");
        for (int c = 1; c <= Chapters.COUNT; c++) {
            int chapter = c;
            HTMLElement item = Dom.create("li", null);
            dots[c] = button("lesson-dot-" + c, "");
            dots[c].setClassName("lesson-dot");
            dots[c].addEventListener("click", event -> go(chapter));
            item.appendChild(dots[c]);
            list.appendChild(item);
        }
        count.setAttribute("id", "lesson-count");
        progressLine.appendChild(list);
        progressLine.appendChild(count);

        section.appendChild(head);
        section.appendChild(progressLine);
        section.appendChild(text);
        section.appendChild(body);
        section.appendChild(taskLine);
        section.appendChild(nav);
    }

    private static HTMLElement button(String id, String label) {
        HTMLElement b = Dom.create("button", "lesson-button");
        b.setAttribute("type", "button");
        b.setAttribute("id", id);
        Dom.setText(b, label);
        return b;
    }

    @Override
    public void sync(Preset preset) {
        int n = preset.lesson;
        if (n < 1 || n > chapters.length) {
            if (open != null) {
                open = null;
                shownState = "";
                Dom.setHidden(section, true);
                body.setInnerHTML("");
            }
            return;
        }
        if (open == null || open.number() != n) {
            show(chapters[n - 1]);
        }
        String state = PresetCodec.encode(preset);
        if (!state.equals(shownState)) {
            shownState = state;
            open.show(preset);
            refresh();
        }
        open.frame();
    }

    private void show(Chapter chapter) {
        boolean moved = open != null;
        open = chapter;
        shownState = "";
        Dom.setText(heading, "Lesson " + chapter.number() + " of " + Chapters.COUNT + " \u00b7 " + chapter.title());
        text.setInnerHTML("");
        String words = chapter.text();
        int start = 0;
        while (start < words.length()) {
            int end = words.indexOf("\n\n", start);
            if (end < 0) {
                end = words.length();
            }
            HTMLElement p = Dom.create("p", null);
            Dom.setText(p, words.substring(start, end));
            text.appendChild(p);
            start = end + 2;
        }
        Dom.setText(task, chapter.task());
        body.setInnerHTML("");
        chapter.open(body, lesson);
        Dom.setData(section, "chapter", Integer.toString(chapter.number()));
        setDisabled(prev, chapter.number() == 1);
        setDisabled(next, chapter.number() == Chapters.COUNT);
        Dom.setHidden(section, false);
        if (moved) {
            heading.focus();
        }
        showWholeOnNarrowScreens(section);
    }

    /** Shows whether the task is done (marking the chapter done for good) and the progress dots. */
    private void refresh() {
        if (open == null) {
            return;
        }
        boolean done = open.done();
        if (done) {
            progress.mark(open.number());
        }
        Dom.setData(section, "done", done ? "true" : "false");
        Dom.setText(doneMark, done ? "\u2713 Done" : "");
        for (int c = 1; c <= Chapters.COUNT; c++) {
            boolean here = c == open.number();
            Dom.setClass(dots[c], "done", progress.done(c));
            Dom.setClass(dots[c], "here", here);
            dots[c].setAttribute("aria-label", "Chapter " + c + ": " + chapters[c - 1].title()
                    + (progress.done(c) ? ", done" : "") + (here ? " (this one)" : ""));
            Dom.setAttribute(dots[c], "aria-current", here ? "step" : "false");
        }
        Dom.setText(count, progress.count() + " of " + Chapters.COUNT + " done");
    }

    private void go(int chapter) {
        lesson.edit(p -> p.lesson = chapter);
    }

    private void openInPlayground() {
        Chapter chapter = open;
        go(0);
        chapter.openInPlayground(lesson);
    }

    @Override
    public String json() {
        JsonText json = new JsonText().whole("chapter", open == null ? 0 : open.number());
        if (open != null) {
            JsonText numbers = new JsonText();
            open.numbers(numbers);
            json.text("title", open.title()).flag("done", open.done()).raw("numbers", numbers.toString());
        }
        return json.raw("completed", "[" + progress.list() + "]").toString();
    }

    /** On a phone the chapter is the screen: its top goes to the top of the view. */
    @JSBody(params = "element", script = "if (window.matchMedia('(max-width: 700px)').matches)"
            + " requestAnimationFrame(() => element.scrollIntoView({block: 'start'}));")
    private static native void showWholeOnNarrowScreens(HTMLElement element);

    @JSBody(params = {"element", "disabled"}, script = "element.disabled = disabled;")
    private static native void setDisabled(HTMLElement element, boolean disabled);
}
