package backprop.ui.base;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The one place the page speaks up: settings from the address it could not
 * read (and what it used instead), and a run that diverged. Its × button dismisses
 * what it says now; the next thing it has to say shows it again.
 */
public final class Notice {
    private final HTMLElement element;
    private final Runnable reset;
    private String problems = "";
    private boolean diverged;
    private String fileResult = "";
    private String serverProblem = "";
    private String runNote = "";

    public Notice(HTMLElement element, Runnable reset) {
        this.element = element;
        this.reset = reset;
    }

    public void showProblems(List<String> list, String warning) {
        StringBuilder text = new StringBuilder();
        if (!list.isEmpty()) {
            text.append("Some settings in the address could not be used as written: ");
            text.append(joinProblems(list)).append('.');
        }
        if (!warning.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(warning);
        }
        problems = text.toString();
        render();
    }

    /** The outcome of loading a file: null when it worked (the notice clears), else why not. */
    public void showFileResult(String problem) {
        fileResult = problem == null ? "" : problem;
        render();
    }

    /** What went wrong with a call to the server (a share link, an uploaded dataset); "" clears it. */
    public void showServerProblem(String problem) {
        serverProblem = problem == null ? "" : problem;
        render();
    }

    /** Why a run could not be carried from the default build into the full one. */
    public void showRunNotCarried(String why) {
        runNote = why;
        render();
    }

    public void showDivergence() {
        diverged = true;
        render();
    }

    public void clearDivergence() {
        diverged = false;
        render();
    }

    private void render() {
        element.setInnerText("");
        element.setClassName(diverged ? "notice danger" : "notice");
        if (diverged) {
            HTMLElement message = Dom.create("span", null);
            message.setInnerText("Training diverged: the loss is no longer a finite number, so training stopped. "
                    + "Lower the learning rate, then reset.");
            element.appendChild(message);
            HTMLElement button = Dom.create("button", "text-button");
            button.setAttribute("type", "button");
            button.setAttribute("id", "divergence-reset");
            button.setInnerText("Reset");
            button.addEventListener("click", event -> reset.run());
            element.appendChild(button);
        }
        line("notice-problems", problems);
        line("notice-file", fileResult);
        line("notice-server", serverProblem);
        line("notice-run", runNote);
        if (diverged || !(problems + fileResult + serverProblem + runNote).isEmpty()) {
            HTMLElement dismiss = Dom.create("button", "icon-button small notice-dismiss");
            dismiss.setAttribute("type", "button");
            dismiss.setAttribute("id", "notice-dismiss");
            dismiss.setAttribute("aria-label", "Dismiss this notice");
            dismiss.setInnerText("×");
            dismiss.addEventListener("click", event -> dismiss());
            element.appendChild(dismiss);
        }
        element.setHidden(!diverged && (problems + fileResult + serverProblem + runNote).isEmpty());
        Dom.setData(element, "diverged", String.valueOf(diverged));
    }

    /** Forgets what the notice says now; only the notice's words go (a diverged run stays paused until reset). */
    private void dismiss() {
        diverged = false;
        problems = "";
        fileResult = "";
        serverProblem = "";
        runNote = "";
        render();
    }

    private void line(String id, String text) {
        if (!text.isEmpty()) {
            HTMLElement message = Dom.create("div", null);
            message.setAttribute("id", id);
            message.setInnerText(text);
            element.appendChild(message);
        }
    }

    /** Problems as one sentence part: "a; b; c". */
    public static String joinProblems(List<String> problems) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(problems.get(i));
        }
        return text.toString();
    }
}
