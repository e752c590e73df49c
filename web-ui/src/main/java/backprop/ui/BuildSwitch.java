package backprop.ui;

import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.RatioSnapshot;
import backprop.engine.train.RunSnapshot;
import backprop.ui.base.Effect;
import org.teavm.jso.JSBody;

/**
 * Moves the page from the default build to the full one without losing the run: the
 * default build writes the run ({@link backprop.engine.train.RunSnapshot}: weights, progress, loss
 * history, the optimizer's and the shuffling's state; {@link RatioSnapshot}: the update-ratio chart's
 * history) and a note for {@code boot.js} into this tab's {@code sessionStorage}, then reloads;
 * the full build takes the run over when it starts on the same network and data. The address
 * carries the state itself, so the full build opens the step-through or the digits it names.
 */
final class BuildSwitch {
    /** Read by boot.js: "full" makes it load the full build in this tab from now on. */
    static final String BUILD_KEY = "backprop.build";
    static final String RUN_KEY = "backprop.run";
    static final String RATIOS_KEY = "backprop.ratios";

    private static boolean switching;

    private BuildSwitch() {
    }

    static void toFullBuild(Controller controller) {
        if (switching) {
            return;
        }
        switching = true;
        controller.pause();
        controller.writeHash();
        store(RUN_KEY, PresetCodec.encode(controller.preset()) + "\n" + RunSnapshot.write(controller.experiment(), controller.history()));
        store(RATIOS_KEY, RatioSnapshot.write(controller.ratios()));
        store(BUILD_KEY, "full");
        reload();
    }

    /** In the full build, once the first run is built: takes over the run the default build left, if it fits. */
    static void takeOver(Controller controller) {
        String saved = take(RUN_KEY);
        String ratios = take(RATIOS_KEY);
        if (saved == null) {
            return;
        }
        int newline = saved.indexOf('\n');
        if (newline < 0) {
            return;
        }
        Preset then = PresetCodec.decode(saved.substring(0, newline)).preset;
        Effect effect = Effect.between(then, controller.preset());
        if (effect != Effect.VIEW && effect != Effect.TRAINING) {
            return; // the state moved on to another network or other data: the new run stands
        }
        try {
            controller.changeRun((experiment, history) -> RunSnapshot.read(saved.substring(newline + 1), experiment, history));
        } catch (IllegalArgumentException e) {
            controller.notice().showRunNotCarried("The run could not be carried over, so it starts afresh: " + e.getMessage());
            return;
        }
        try {
            if (ratios != null) {
                RatioSnapshot.read(ratios, controller.ratios());
            }
        } catch (IllegalArgumentException e) {
            controller.ratios().clear(); // the ratio chart starts afresh; the run itself came over
        }
    }

    @JSBody(params = {"storageKey", "storageValue"}, script = "try { sessionStorage.setItem(storageKey, storageValue); } catch (e) {}")
    private static native void store(String storageKey, String storageValue);

    @JSBody(params = "storageKey", script = "try { var storedText = sessionStorage.getItem(storageKey);"
            + " sessionStorage.removeItem(storageKey); return storedText; } catch (e) { return null; }")
    private static native String take(String storageKey);

    @JSBody(script = "location.reload();")
    private static native void reload();
}
