package backprop.ui.remote;

import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lesson text of the gallery preset last opened, in a box near the top of the page:
 * it stays while the visitor follows it (collapsible to its title) until it is dismissed
 * with its × or replaced by the next preset opened from the gallery or the start strip.
 * Any link that carries {@code data-lesson} (its text) and {@code data-lesson-title} opens
 * it. A small script: it needs nothing of the playground, and the default page's code has
 * a size budget.
 */
final class LessonBox {
    private LessonBox() {
    }

    @JSBody(script = "const box = document.getElementById('lesson-box');"
            + " document.addEventListener('click', e => {"
            + " const link = e.target.closest ? e.target.closest('a[data-lesson]') : null; if (!link) return;"
            + " document.getElementById('lesson-title').textContent = link.dataset.lessonTitle;"
            + " document.getElementById('lesson-text').textContent = link.dataset.lesson;"
            + " document.getElementById('lesson-details').open = true;"
            + " box.dataset.presetId = link.dataset.presetId; box.hidden = false; });"
            + " document.getElementById('lesson-dismiss').addEventListener('click', () => { box.hidden = true; });")
    static native void bind();

    /** Makes {@code link} open the lesson box with the preset's title and text. */
    static void mark(HTMLElement link, String title, String text) {
        Dom.setData(link, "lesson-title", title);
        Dom.setData(link, "lesson", text);
    }
}
