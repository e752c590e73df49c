package backprop.e2e;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * How long the browser tests wait, and how they read a value the page may not have written yet.
 *
 * <p>CI runs on a shared 2-core machine where a frame can take seconds, so every wait is generous: a
 * wait that holds returns as soon as its condition does, and only a failing test pays the whole time.
 * No test waits a fixed time for something to happen; {@link #letThePageRun} is for checking that
 * something does <em>not</em> happen, and counts the page's frames, not the clock alone.
 */
final class Waits {
    private Waits() {
    }

    /** The page's answer to one action: a click, a key, a pasted hash, a redraw. */
    static final Duration REACTION = Duration.ofSeconds(30);
    /** A load: a build switch, the digits download, a server round trip, a few dozen epochs. */
    static final Duration LOAD = Duration.ofSeconds(90);
    /** Training until a goal (a loss, an accuracy, thousands of epochs). */
    static final Duration TRAINING = Duration.ofSeconds(180);

    /**
     * The number in {@code text} (a data-* attribute or an element's text), or empty while the page has
     * not written it yet (null or blank). Text that is there but is no number is a page bug, and throws.
     */
    static OptionalDouble number(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text.trim()));
    }

    /** The number in {@code text}, for an assertion after the page has written it; fails with {@code what} otherwise. */
    static double written(String text, String what) {
        return number(text).orElseThrow(() -> new AssertionError(what + " is not written yet"));
    }

    /**
     * Lets the page run for at least {@code millis} of its own time and at least {@code frames} animation
     * frames: on a loaded machine a page may get few frames in a second, and a check that nothing moved
     * must give it the frames in which it could have.
     */
    static void letThePageRun(int millis, int frames) {
        PageTestBase.js("const ms = arguments[0], n = arguments[1], t0 = performance.now(); let k = 0;"
                + " return new Promise(done => { const f = () => (++k >= n && performance.now() - t0 >= ms)"
                + " ? done(true) : requestAnimationFrame(f); requestAnimationFrame(f); });", millis, frames);
    }
}
