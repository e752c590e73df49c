package backprop.ui.plot;

import backprop.engine.data.DataPoints;
import backprop.engine.train.Experiment;
import backprop.ui.base.Dom;
import backprop.ui.base.Format;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The colour legend under the output plot, with the numbers at its ends: −1 … +1 for two
 * classes (0 … 1 for a probability), and for a regression the range of the colour scale: ±1 as
 * in TensorFlow Playground, but for a typed function (x·y² reaches ±216) ±its largest |target|
 * when that passes 1, so the plot does not saturate into two flat colours.
 */
final class OutputLegend {
    private final HTMLElement legend = Dom.byId("output-legend");
    private final HTMLElement low = Dom.byId("legend-low");
    private final HTMLElement high = Dom.byId("legend-high");
    private String shown = "";

    /** The output value drawn in full colour for this run's data. */
    static double scaleOf(Experiment experiment) {
        if (experiment.classes() != 0) {
            return 1;
        }
        double largest = Math.max(largest(experiment.trainPoints()), largest(experiment.testPoints()));
        return largest > 1 ? largest : 1;
    }

    private static double largest(DataPoints points) {
        double m = 0;
        for (int i = 0; i < points.size(); i++) {
            double a = Math.abs(points.label[i]);
            if (a > m && a < Double.POSITIVE_INFINITY) {
                m = a;
            }
        }
        return m;
    }

    void show(int classes, boolean probability, double scale) {
        String lowText = probability ? "0" : classes == 0 ? "−" + Format.number(scale) : "−1";
        String highText = probability ? "1" : classes == 0 ? "+" + Format.number(scale) : "+1";
        String key = lowText + "|" + highText;
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        low.setInnerText(lowText);
        high.setInnerText(highText);
        Dom.setData(legend, "low", probability ? "0" : Format.all(-scale));
        Dom.setData(legend, "high", probability ? "1" : Format.all(scale));
    }
}
