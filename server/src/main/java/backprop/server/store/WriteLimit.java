package backprop.server.store;

import java.time.Duration;

/**
 * How many writes (presets and datasets saved) one client may make in a sliding window.
 * {@code maxWrites == 0} means no limit.
 */
public record WriteLimit(int maxWrites, Duration window) {

    public static final WriteLimit DEFAULT = new WriteLimit(30, Duration.ofMinutes(1));
    public static final WriteLimit NONE = new WriteLimit(0, Duration.ofMinutes(1));

    public WriteLimit {
        if (maxWrites < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a write limit needs maxWrites >= 0 and a positive window");
        }
    }

    public boolean unlimited() {
        return maxWrites == 0;
    }
}
