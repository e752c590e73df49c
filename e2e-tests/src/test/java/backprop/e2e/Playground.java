package backprop.e2e;

import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/** Reads and drives the page through {@code window.playground}, its automation API. */
final class Playground {
    private Playground() {
    }

    /** Opens a page and waits until the engine has loaded and the page has started. */
    static void openReady(String pathAndHash) {
        PageTestBase.open(pathAndHash);
        PageTestBase.js("return window.playground.ready.then(() => true);");
    }

    static int epoch() {
        return ((Number) PageTestBase.js("return window.playground.epoch();")).intValue();
    }

    static double trainLoss() {
        return ((Number) PageTestBase.js("return window.playground.trainLoss();")).doubleValue();
    }

    static double testLoss() {
        return ((Number) PageTestBase.js("return window.playground.testLoss();")).doubleValue();
    }

    static String state() {
        return (String) PageTestBase.js("return window.playground.state();");
    }

    static String weights() {
        return (String) PageTestBase.js("return window.playground.weights();");
    }

    static String weightsJson() {
        return (String) PageTestBase.js("return window.playground.weightsJson();");
    }

    /** A data-* attribute of #status. */
    static String status(String name) {
        return PageTestBase.driver().findElement(org.openqa.selenium.By.id("status")).getDomAttribute("data-" + name);
    }

    static String engine() {
        return (String) PageTestBase.js("return window.playground.engine();");
    }

    static void call(String action) {
        PageTestBase.js("window.playground." + action + "();");
    }

    static String hash() {
        return (String) PageTestBase.js("return location.hash;");
    }

    /** A number of #status (its data-NAME), or empty while the page has not written it yet. */
    static OptionalDouble statusNumber(String name) {
        return Waits.number(status(name));
    }

    /** For waits: whether #status's data-NAME holds a number that passes {@code test}; false while not yet written. */
    static boolean statusNumberIs(String name, DoublePredicate test) {
        OptionalDouble value = statusNumber(name);
        return value.isPresent() && test.test(value.getAsDouble());
    }

    /** Waits until the training loss is below {@code limit}; returns it. */
    static double waitForTrainLossBelow(double limit) {
        PageTestBase.waitFor(Waits.TRAINING, d -> trainLoss() < limit);
        return trainLoss();
    }
}
