package backprop.e2e;

import java.time.Duration;

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

    /** Waits (up to {@code seconds}) until the training loss is below {@code limit}; returns it. */
    static double waitForTrainLossBelow(double limit, int seconds) {
        PageTestBase.waitFor(Duration.ofSeconds(seconds), d -> trainLoss() < limit);
        return trainLoss();
    }
}
