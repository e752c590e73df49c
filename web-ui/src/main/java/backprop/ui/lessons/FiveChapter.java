package backprop.ui.lessons;

import backprop.engine.data.DigitTask;
import backprop.engine.state.Preset;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import backprop.ui.base.Html;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Chapter 6, learning to see a 5: the digits mode's "Is it a 5?" below, its hidden units' weight
 * images turning into stroke detectors as it trains, and the learner's own drawing classified.
 * The chapter reads the drawing's P(5) from the digits view's bars (their {@code data-p}, as the
 * digits mode writes them); the learner says what they drew, and the page checks the network's answer.
 */
final class FiveChapter implements Chapter {
    private Lesson lesson;
    private final HTMLElement live = Dom.create("p", "lesson-live");
    private final HTMLElement answers = Dom.create("p", "lesson-formula");
    /** P(5) of a drawing the learner called a 5 and the network recognised (−1: none yet). */
    private double recognised = -1;
    /** P(5) of a drawing of another digit the network took for a 5 (−1: none yet). */
    private double mistaken = -1;
    private double shownP = -2;

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "Learning to see a 5";
    }

    @Override
    public String text() {
        return "Now the examples are handwritten digits: 784 inputs, one per pixel, and one sigmoid output, the"
                + " probability that the digit is a 5. Press \u25b6 and watch the hidden units: each one's weights"
                + " are drawn as a 28\u00d728 image, and from noise they turn into stroke detectors, blue where ink"
                + " speaks for the unit, orange where it speaks against it."
                + "\n\nThe same four steps, the same chain rule, only more weights. When the accuracy is high, draw"
                + " in the pad and see what the network makes of your hand.";
    }

    @Override
    public String task() {
        return "draw a 5 the network recognises, and a digit it mistakes for a 5.";
    }

    @Override
    public void open(HTMLElement body, Lesson lesson) {
        this.lesson = lesson;
        HTMLElement row = Dom.create("div", "lesson-answers");
        row.setAttribute("role", "group");
        row.setAttribute("aria-label", "What you drew");
        row.appendChild(button("lesson-drew-five", "I drew a 5", true));
        row.appendChild(button("lesson-drew-other", "I drew another digit", false));
        body.appendChild(row);
        answers.setAttribute("id", "lesson-answers");
        body.appendChild(answers);
        live.setAttribute("id", "lesson-live");
        live.setAttribute("aria-live", "polite");
        body.appendChild(live);
        if (lesson.preset().digits != DigitTask.IS_FIVE) {
            lesson.edit(p -> p.digits = DigitTask.IS_FIVE);
        }
        render();
    }

    private HTMLElement button(String id, String label, boolean five) {
        HTMLElement b = Dom.create("button", "lesson-button");
        b.setAttribute("type", "button");
        b.setAttribute("id", id);
        Dom.setText(b, label);
        b.addEventListener("click", event -> answer(five));
        return b;
    }

    /** The drawing's P(5) as the digits view shows it, or −1 while nothing is drawn. */
    static double drawingFive() {
        String p = fiveBar();
        if (p == null || p.isEmpty()) {
            return -1;
        }
        return Double.parseDouble(p);
    }

    @JSBody(script = "var pad = document.getElementById('draw-prediction');"
            + " if (!pad || pad.textContent === '') { return null; }"
            + " var row = document.querySelector('#draw-bars .bar-row[data-class=\"1\"]');"
            + " return row ? row.getAttribute('data-p') : null;")
    private static native String fiveBar();

    private void answer(boolean five) {
        double p = drawingFive();
        if (p < 0) {
            Dom.setText(live, "Draw a digit in the pad first.");
            return;
        }
        if (five && p > 0.5) {
            recognised = p;
        } else if (!five && p > 0.5) {
            mistaken = p;
        }
        Dom.setText(live, (five ? "Your 5: " : "Your other digit: ") + "P(5) = " + Format.fixed(100 * p, 1) + " %, "
                + (p > 0.5 ? "the network says it is a 5." : "the network says it is not a 5.")
                + (five == p > 0.5 ? "" : five ? " Try a clearer 5, or train longer." : " A fair answer: try"
                + " a digit that looks more like a 5."));
        render();
        lesson.answered();
    }

    private void render() {
        Html h = new Html().text("A 5 recognised: ");
        if (recognised < 0) {
            h.text("not yet");
        } else {
            h.num("lesson-recognised", recognised, "P(5) = " + Format.fixed(100 * recognised, 1) + " %");
        }
        h.text(" \u00b7 another digit taken for a 5: ");
        if (mistaken < 0) {
            h.text("not yet");
        } else {
            h.num("lesson-mistaken", mistaken, "P(5) = " + Format.fixed(100 * mistaken, 1) + " %");
        }
        answers.setInnerHTML(h.toString());
    }

    @Override
    public void show(Preset preset) {
    }

    @Override
    public void frame() {
        double p = drawingFive();
        if (p != shownP && lesson != null && recognised < 0 && mistaken < 0) {
            shownP = p;
            Dom.setText(live, p < 0 ? "Train, then draw a digit in the pad below." : "Your drawing: P(5) = "
                    + Format.fixed(100 * p, 1) + " %. Say what you drew.");
        }
    }

    @Override
    public boolean done() {
        return recognised >= 0 && mistaken >= 0;
    }

    @Override
    public void numbers(JsonText json) {
        json.number("drawingFive", drawingFive()).number("recognised", recognised).number("mistaken", mistaken);
    }

    @Override
    public void openInPlayground(Lesson lesson) {
        // The chapter runs in the digits mode itself: closing the lesson leaves it there.
    }
}
