package backprop.ui.remote;

import backprop.ui.base.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Start here:" above the fold: one small link per gallery preset (made from the same entries
 * as the gallery's cards, never a second list) and the link to the step-by-step lessons.
 */
final class StartStrip {
    private StartStrip() {
    }

    /** Points the lessons' link at the page's own address (keeping ?engine=…). */
    static void bind() {
        HTMLElement lesson = Dom.byId("start-lesson");
        lesson.setAttribute("href", Gallery.href(lesson.getAttribute("href")));
    }

    /** A link to a preset that opens it and its lesson text. */
    static HTMLElement link(String title, String href, String presetId, String lesson) {
        HTMLElement link = Dom.create("a", "start-preset");
        link.setAttribute("href", href);
        Dom.setData(link, "preset-id", presetId);
        LessonBox.mark(link, title, lesson);
        link.setInnerText(title);
        return link;
    }
}
