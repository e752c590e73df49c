package backprop.ui.lessons;

import backprop.engine.data.Dataset;
import backprop.engine.data.Problem;
import backprop.engine.state.Preset;
import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import backprop.ui.base.Html;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Chapter 5, many examples: batches and epochs. The playground below trains on XOR; the chapter
 * picks the batch size and follows the loop live — epochs, updates, the training and test loss
 * (the playground draws the boundary and the loss chart). XOR cannot be split by one line, so the
 * task needs a hidden layer: the test loss below {@link #GOAL}.
 */
final class EpochsChapter implements Chapter {
    static final double GOAL = 0.15;
    private static final int[] BATCHES = {1, 10, 30};

    private Lesson lesson;
    private final HTMLElement[] batchButtons = new HTMLElement[BATCHES.length];
    private final HTMLElement numbers = Dom.create("div", "lesson-numbers");
    private final HTMLElement live = Dom.create("p", "lesson-live");
    private boolean done;
    private String shown = "";

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Many examples: batches and epochs";
    }

    @Override
    public String text() {
        return "Training repeats the four steps over a whole dataset. One pass over every training example is an"
                + " epoch. The examples go in batches: the gradients of a batch are averaged and the weights"
                + " updated once per batch. Batch size 1 makes many small, noisy steps; a large batch makes few,"
                + " smooth ones."
                + "\n\nThe playground below has XOR: blue where x and y have the same sign, orange where they"
                + " differ. Press \u25b6 and watch the boundary and the loss chart. No single line separates XOR,"
                + " so a network without a hidden layer cannot learn it: add one with + beside \u201cHidden"
                + " layers\u201d, and give it three or four neurons.";
    }

    @Override
    public String task() {
        return "solve XOR: a hidden layer, and the test loss below " + GOAL + ".";
    }

    @Override
    public void open(HTMLElement body, Lesson lesson) {
        this.lesson = lesson;
        done = false;
        HTMLElement row = Dom.create("div", "lesson-answers");
        row.setAttribute("role", "group");
        row.setAttribute("aria-label", "Batch size");
        HTMLElement label = Dom.create("span", null);
        Dom.setText(label, "Batch size:");
        row.appendChild(label);
        for (int i = 0; i < BATCHES.length; i++) {
            int size = BATCHES[i];
            HTMLElement b = Dom.create("button", "lesson-button");
            b.setAttribute("type", "button");
            b.setAttribute("id", "lesson-batch-" + size);
            Dom.setText(b, Integer.toString(size));
            b.addEventListener("click", event -> lesson.edit(p -> p.batchSize = size));
            batchButtons[i] = b;
            row.appendChild(b);
        }
        body.appendChild(row);
        numbers.setAttribute("id", "lesson-numbers");
        body.appendChild(numbers);
        live.setAttribute("id", "lesson-live");
        live.setAttribute("aria-live", "polite");
        body.appendChild(live);
        Preset p = lesson.preset();
        if (p.problem != Problem.CLASSIFICATION || p.dataset != Dataset.XOR || !p.datasetId.isEmpty()) {
            // The chapter's data; a link that already names XOR keeps its own network.
            lesson.edit(s -> {
                s.problem = Problem.CLASSIFICATION;
                s.dataset = Dataset.XOR;
                s.datasetId = "";
                s.networkShape = new int[0];
            });
        }
    }

    @Override
    public void show(Preset preset) {
        for (int i = 0; i < BATCHES.length; i++) {
            Dom.setAttribute(batchButtons[i], "aria-pressed", String.valueOf(preset.batchSize == BATCHES[i]));
        }
        frame();
    }

    @Override
    public void frame() {
        if (lesson == null) {
            return;
        }
        Preset p = lesson.preset();
        Trainer t = lesson.playground().experiment().trainer();
        int count = t.trainingExamples().count;
        int batch = Math.max(1, t.batchSize());
        int updates = (count + batch - 1) / batch;
        String now = t.epoch() + "/" + t.testLoss() + "/" + p.networkShape.length + "/" + batch;
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        Html h = new Html();
        h.open("p", "lesson-formula").text("Epoch ").num("lesson-epoch", t.epoch(), Integer.toString(t.epoch()))
                .text(" \u00b7 " + count + " training examples in batches of " + batch + " = ")
                .num("lesson-updates", updates, Integer.toString(updates)).text(" updates per epoch").close("p");
        h.open("p", "lesson-formula").text("Training loss ").num("lesson-train-loss", t.trainLoss())
                .text(" \u00b7 test loss ").num("lesson-test-loss", t.testLoss())
                .text(" \u00b7 hidden layers: " + p.networkShape.length).close("p");
        numbers.setInnerHTML(h.toString());
        boolean was = done;
        done = p.networkShape.length > 0 && p.dataset == Dataset.XOR && t.epoch() > 0 && t.testLoss() < GOAL;
        Dom.setText(live, done ? "Solved: the test loss is below " + GOAL + "."
                : p.networkShape.length == 0 ? "No hidden layer yet: the boundary can only be a line."
                : "Test loss " + Html.show(t.testLoss()) + "; the goal is below " + GOAL + ".");
        if (done != was) {
            lesson.answered();
        }
    }

    @Override
    public boolean done() {
        return done;
    }

    @Override
    public void numbers(JsonText json) {
        if (lesson == null) {
            return;
        }
        Trainer t = lesson.playground().experiment().trainer();
        json.whole("epoch", t.epoch()).whole("batchSize", t.batchSize())
                .whole("hiddenLayers", lesson.preset().networkShape.length)
                .number("trainLoss", t.trainLoss()).number("testLoss", t.testLoss());
    }

    @Override
    public void openInPlayground(Lesson lesson) {
        // The chapter trains the playground itself: closing the lesson leaves its network and data there.
    }
}
