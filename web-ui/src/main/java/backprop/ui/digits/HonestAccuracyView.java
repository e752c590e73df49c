package backprop.ui.digits;

import backprop.engine.data.DigitTask;
import backprop.engine.digits.ClassAccuracy;
import backprop.engine.digits.DigitsExperiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the test accuracy is worth: beside it, the accuracy of always giving the most common
 * answer (for "Is it a 5?" always "not a 5", about 90 %), counted from the test set's labels;
 * for "Is it a 5?" the share of the 5s the network finds; under the confusion matrix the
 * accuracy within each class. Also in {@code #digits-status}: {@code data-baseline},
 * {@code data-five-recall} (empty for "Which digit?") and {@code data-per-class} (fractions,
 * comma-separated, "" for a class without test digits).
 */
final class HonestAccuracyView {
    private final HTMLElement status;
    private final HTMLElement baselineText = Dom.byId("digits-baseline");
    private final HTMLElement perClassList = Dom.byId("digits-per-class");
    private double baseline;
    private String baselineLabel = "";

    HonestAccuracyView(HTMLElement status) {
        this.status = status;
    }

    /** The baseline, from the labels alone: known before any test pass. */
    void showBaseline(DigitsExperiment experiment) {
        int[] counts = experiment.testClassCounts();
        int answer = mostCommon(counts);
        baseline = ClassAccuracy.alwaysAnswering(counts, answer);
        DigitTask task = experiment.task();
        String always = task == DigitTask.IS_FIVE ? "not a 5" : "a " + answer;
        baselineLabel = "always \u201c" + always + "\u201d";
        baselineText.setInnerText("Always answering \"" + always + "\" would get " + percent(baseline) + " right.");
        Dom.setData(status, "baseline", Double.toString(baseline));
        Dom.setData(status, "five-recall", "");
        Dom.setData(status, "per-class", "");
        perClassList.setInnerText("");
    }

    /** The accuracy within each class, from the last test pass's confusion matrix. */
    void showPerClass(DigitsExperiment experiment) {
        DigitTask task = experiment.task();
        double[] recall = ClassAccuracy.perClass(experiment.confusionMatrix());
        StringBuilder data = new StringBuilder();
        perClassList.setInnerText("");
        HTMLElement head = Dom.create("li", "per-class-head");
        head.setInnerText(task == DigitTask.IS_FIVE ? "Right among:" : "Right per digit:");
        perClassList.appendChild(head);
        for (int c = 0; c < recall.length; c++) {
            int shown = task == DigitTask.IS_FIVE ? 1 - c : c; // the 5s first, as in the bars
            data.append(c == 0 ? "" : ",").append(recall[c] != recall[c] ? "" : Double.toString(recall[c]));
            HTMLElement item = Dom.create("li", null);
            Dom.setData(item, "class", Integer.toString(shown));
            item.setInnerText((task == DigitTask.IS_FIVE ? (shown == 1 ? "5s" : "others") : Integer.toString(shown))
                    + " " + (recall[shown] != recall[shown] ? "–" : percent(recall[shown])));
            perClassList.appendChild(item);
        }
        Dom.setData(status, "per-class", data.toString());
        if (task == DigitTask.IS_FIVE) {
            String found = recall[1] != recall[1] ? "" : Double.toString(recall[1]);
            Dom.setData(status, "five-recall", found);
            int[] counts = experiment.testClassCounts();
            baselineText.setInnerText("Always answering \"not a 5\" would get "
                    + percent(ClassAccuracy.alwaysAnswering(counts, 0)) + " right; of the " + counts[1]
                    + " 5s, the network finds " + (found.isEmpty() ? "–" : percent(recall[1])) + ".");
        }
    }

    /** The accuracy of always giving the most common answer (after {@link #showBaseline}). */
    double baseline() {
        return baseline;
    }

    /** Its label for the accuracy chart: always “not a 5”. */
    String baselineLabel() {
        return baselineLabel;
    }

    private static int mostCommon(int[] counts) {
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    private static String percent(double fraction) {
        return Format.fixed(100 * fraction, 1) + " %";
    }
}
