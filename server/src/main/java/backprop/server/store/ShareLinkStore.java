package backprop.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Stored share links (the table {@code presets}): immutable rows whose id is a hash of their content. */
public final class ShareLinkStore {

    /** A preset as stored; {@code weights} is null when none were shared. */
    public record StoredLink(String id, String state, String title, String weights, Instant created) {
    }

    /** The outcome of a save: the id, and whether this call stored it (false: it was there already). */
    public record Saved(String id, boolean created) {
    }

    private final Database db;
    private final WriteLimiter limiter;
    private final Clock clock;

    public ShareLinkStore(Database db, WriteLimiter limiter, Clock clock) {
        this.db = db;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Stores a validated preset under its content id, in one transaction with the client's
     * write count. Sharing a preset that is stored already stores nothing and is not counted.
     *
     * @throws WriteLimiter.LimitReached when the client wrote too much lately
     * @throws IdCollision              in the unexpected case that another content has this id
     */
    public Saved save(String client, String id, String state, String title, String weights) throws SQLException {
        return db.write(c -> {
            long now = clock.millis();
            int inserted;
            // ON CONFLICT: two instances saving the same content at once both succeed.
            try (PreparedStatement s = c.prepareStatement("INSERT INTO preset (id, state, title, weights, created_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                s.setString(1, id);
                s.setString(2, state);
                s.setString(3, title);
                s.setString(4, weights);
                s.setLong(5, now);
                inserted = s.executeUpdate();
            }
            if (inserted == 0) {
                StoredLink p = find(c, id).orElseThrow(() -> new IdCollision(id));
                if (!p.state().equals(state) || !p.title().equals(title) || !Objects.equals(p.weights(), weights)) {
                    throw new IdCollision(id);
                }
                return new Saved(id, false);
            }
            // Only a stored write counts; over the limit, the insert above is rolled back.
            limiter.admit(c, db.dialect(), client, now);
            return new Saved(id, true);
        });
    }

    public Optional<StoredLink> find(String id) throws SQLException {
        return db.read(c -> find(c, id));
    }

    private static Optional<StoredLink> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, state, title, weights, created_at FROM preset WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredLink(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), Instant.ofEpochMilli(r.getLong(5))));
            }
        }
    }
}
