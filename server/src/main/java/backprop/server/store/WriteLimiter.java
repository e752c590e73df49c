package backprop.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rate limit on writes, kept in the database ({@code write_log}) rather than in memory, so
 * that it holds across every instance behind a load balancer and across restarts. It runs
 * inside the write's own transaction: a write is logged exactly when it is stored.
 * A sliding window: at most {@code maxWrites} logged writes per client in the last
 * {@code window}; the answer to one more says when the oldest of them leaves the window.
 */
public final class WriteLimiter {

    /** The client must wait this many seconds before its next write; rolls the write back. */
    public static final class LimitReached extends RuntimeException {
        public final long retryAfterSeconds;

        LimitReached(long retryAfterSeconds) {
            super("too many writes", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    private final WriteLimit limit;

    public WriteLimiter(WriteLimit limit) {
        this.limit = limit;
    }

    WriteLimit limit() {
        return limit;
    }

    /** Logs one write of {@code client} at {@code nowMillis}, or refuses it when the window is full. */
    void admit(Connection c, Dialect dialect, String client, long nowMillis) throws SQLException {
        if (limit.unlimited()) {
            return;
        }
        long windowMillis = limit.window().toMillis();
        long since = nowMillis - windowMillis;
        dialect.lockClient(c, client);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM write_log WHERE at <= ?")) {
            s.setLong(1, since);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*), MIN(at) FROM write_log WHERE client = ? AND at > ?")) {
            s.setString(1, client);
            s.setLong(2, since);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getInt(1) >= limit.maxWrites()) {
                    long oldest = r.getLong(2);
                    long waitMillis = oldest + windowMillis - nowMillis;
                    throw new LimitReached(Math.max(1, (waitMillis + 999) / 1000));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO write_log (client, at) VALUES (?, ?)")) {
            s.setString(1, client);
            s.setLong(2, nowMillis);
            s.executeUpdate();
        }
    }
}
