package backprop.ui;

import org.teavm.jso.JSObject;

/**
 * What {@code boot.js} publishes as {@code window.playground}, the automation API: the object
 * {@code start} returns in both builds (JavaScript calls these methods on it directly).
 */
public interface PageApi extends JSObject {
    String state();

    int epoch();

    double trainLoss();

    double testLoss();

    boolean playing();

    void play();

    void pause();

    void step();

    void reset();

    /** Undoes the last live change of the network's shape, features or activation. */
    void undo();

    /** Every weight and bias as a {@code WeightsSnapshot} text (exact, versioned). */
    String weights();

    /** The weights as the JSON file "Download weights" saves. */
    String weightsJson();

    /** Opens the step-through view on training example {@code index} (or a test example). */
    void explain(boolean test, int index);

    void exitExplain();

    /** The textbook example's numbers as JSON ({@code TextbookJson}); null in the default build. */
    String textbook();

    /**
     * The open lesson chapter as JSON: {@code chapter} (0: none), {@code title}, {@code done}, the
     * {@code numbers} it shows, and {@code completed}, the chapters done in this browser.
     */
    String lesson();

    /** Both compared runs as JSON ({@code ComparePart#compareJson}); {@code active} false outside compare mode. */
    String compare();
}
