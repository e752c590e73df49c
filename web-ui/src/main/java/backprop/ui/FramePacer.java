package backprop.ui;

import backprop.engine.train.Trainer;
import backprop.ui.base.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * How long the animation loop may train in one frame, so that the whole frame — our callback
 * (drawing, then training) and the browser's rendering after it (style, layout, rasterising the
 * canvases, commit) — ends before the display's next refresh.
 *
 * <p>The loop draws first, so this frame's drawing cost is known when the training starts. The
 * rendering cost is measured: a message posted at the end of the callback runs once the
 * browser has rendered the frame (rendering is part of the same task as the callback). Its
 * estimate rises at once with a slower frame and falls back slowly, because a frame that misses
 * the refresh costs a whole frame of training and drawing, while an over-cautious one costs a
 * fraction of a millisecond.
 *
 * <p>The timing itself is {@link FrameBudget}'s; this class trains and listens for the render.
 */
final class FramePacer {
    private final FrameBudget budget = new FrameBudget();
    private double epochMillis;
    private final JSObject port;

    FramePacer() {
        port = channel(budget::rendered);
    }

    /** At the start of the frame callback, with the frame's timestamp and the time now. */
    void frameStarted(double timestamp, double now) {
        budget.frameStarted(timestamp, now);
    }

    /**
     * Trains whole epochs (at most {@code mostEpochs}, at least one) until the next one would
     * pass this frame's deadline; call it after the frame's drawing. {@code afterEpoch} runs after
     * each epoch: the loss history takes the samples it wants there (densely at first), not only
     * one per frame.
     */
    void train(Trainer trainer, int mostEpochs, Runnable afterEpoch) {
        double start = Dom.now();
        double deadline = budget.trainingDeadline(start);
        double now;
        int epochs = 0;
        do {
            trainer.trainEpoch();
            afterEpoch.run();
            epochs++;
            now = Dom.now();
        } while (epochs < mostEpochs && now + epochMillis <= deadline && !trainer.diverged());
        epochMillis = (now - start) / epochs;
    }

    /** At the end of the frame callback: the browser renders next, and a message times it. */
    void frameEnded(double now, boolean drew) {
        if (budget.frameEnded(now, drew)) {
            post(port);
        }
    }

    @JSFunctor
    interface Rendered extends JSObject {
        void at(double now);
    }

    @JSBody(params = "rendered", script = "const channel = new MessageChannel();"
            + " channel.port1.onmessage = () => rendered(performance.now()); return channel.port2;")
    private static native JSObject channel(Rendered rendered);

    @JSBody(params = "port", script = "port.postMessage(0);")
    private static native void post(JSObject port);
}
