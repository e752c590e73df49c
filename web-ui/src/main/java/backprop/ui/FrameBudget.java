package backprop.ui;

/**
 * The timing behind {@link FramePacer}, free of the browser so that it runs on the JVM: the
 * display's refresh interval, the rendering estimate, and when this frame's training must stop.
 *
 * <p>Training ends at: frame start + frame length − {@link #MARGIN_MILLIS} − rendering estimate,
 * and gets at least {@link #MIN_TRAIN_MILLIS} (so training always moves on) and at most
 * {@link #MAX_TRAIN_MILLIS} (so no frame becomes a long task). The frame length is the
 * display's refresh interval (the shortest interval seen between frames), or a multiple of it:
 * on displays faster than 60 Hz (we aim at 60 frames per second, not more), and when drawing
 * and rendering alone already fill the refresh interval. The rendering estimate rises at once
 * with a slower frame and falls back slowly ({@link #FALL} of the way per frame), because a
 * frame that misses the refresh costs a whole frame, while an over-cautious one costs a fraction
 * of a millisecond.
 */
final class FrameBudget {
    static final double MIN_TRAIN_MILLIS = 1;
    static final double MAX_TRAIN_MILLIS = 10;
    /** Left free before the refresh, for the compositor and for timing jitter. */
    static final double MARGIN_MILLIS = 1.5;
    static final double SIXTY_HZ_MILLIS = 1000 / 60.0;
    /** Per frame, the rendering estimate moves this share of the way down to a lower measurement. */
    static final double FALL = 0.2;

    private double refreshMillis = SIXTY_HZ_MILLIS;
    private double lastTimestamp = -1;
    private double frameStart;
    private double callbackEnd;
    private boolean awaitingRender;
    private double renderMillis;

    /** At the start of the frame callback, with the frame's timestamp and the time now. */
    void frameStarted(double timestamp, double now) {
        double interval = timestamp - lastTimestamp;
        if (lastTimestamp >= 0 && interval >= 4 && interval < refreshMillis - 0.2) {
            refreshMillis = interval;
        }
        lastTimestamp = timestamp;
        // The timestamp is the refresh the frame belongs to; a callback that starts more than a
        // frame after it (a clock we do not know) is timed from its own start.
        frameStart = now - timestamp >= 0 && now - timestamp < refreshMillis ? timestamp : now;
        awaitingRender = false; // a render message still missing belongs to a frame that is over
    }

    /**
     * When training must stop in this frame (same clock as {@code now}). A frame that cannot end
     * before the next refresh even with the least training takes one more refresh, and then
     * trains for that one too.
     */
    double trainingDeadline(double now) {
        double least = now - frameStart + MIN_TRAIN_MILLIS + renderMillis + MARGIN_MILLIS;
        int refreshes = Math.max((int) (SIXTY_HZ_MILLIS / refreshMillis + 0.5), (int) Math.ceil(least / refreshMillis));
        double end = frameStart + Math.max(1, refreshes) * refreshMillis - MARGIN_MILLIS - renderMillis;
        return Math.max(now + MIN_TRAIN_MILLIS, Math.min(now + MAX_TRAIN_MILLIS, end));
    }

    /**
     * At the end of the frame callback; returns whether the rendering that follows is to be timed.
     * Only frames that drew are timed: an idle frame renders nothing, and would teach the
     * estimate a cost the next drawn frame (the first one after "play") does not have.
     */
    boolean frameEnded(double now, boolean drew) {
        callbackEnd = now;
        awaitingRender = drew;
        return drew;
    }

    /** The browser has rendered the frame whose callback ended last (at {@code now}). */
    void rendered(double now) {
        if (!awaitingRender) {
            return;
        }
        awaitingRender = false;
        double measured = now - callbackEnd;
        renderMillis = measured > renderMillis ? measured : renderMillis + FALL * (measured - renderMillis);
    }

    double renderMillis() {
        return renderMillis;
    }

    double refreshMillis() {
        return refreshMillis;
    }
}
