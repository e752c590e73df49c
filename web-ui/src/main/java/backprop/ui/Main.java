package backprop.ui;

import org.teavm.jso.JSExport;

/**
 * The default build's entry points (the playground without the step-through and the
 * digits, so the first load is small), called by {@code /js/boot.js} once it has loaded this build
 * (WebAssembly or JavaScript). {@code start} builds the page and returns the automation API.
 * {@link FullMain} is the full build's.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Nothing to do until boot.js calls start(): it knows which engine it loaded.
    }

    @JSExport
    public static PageApi start(String engine, String warning) {
        return Page.start(engine, warning, new FullBuildSwitch());
    }
}
