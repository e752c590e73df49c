package backprop.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Uploaded datasets: immutable rows whose id is a hash of their content. The points are kept
 * as one compact JSON text ({@code {"values":[[…],…],"labels":[…]}}), which is also what the
 * API sends, so reading a dataset never re-encodes its numbers.
 */
public final class DatasetStore {

    /** The listed facts about a dataset; {@code classNames} is empty for regression. */
    public record Summary(String id, String name, String problem, int classes, List<String> classNames,
            List<String> columns, int rows, Instant created) {
    }

    /** A dataset with its points as stored JSON text. */
    public record Stored(Summary summary, String data) {
    }

    /** A dataset ready to store: its id covers every other field. */
    public record NewDataset(String id, String name, String problem, int classes, List<String> classNames,
            List<String> columns, int rows, String data) {
    }

    /** The listing shows at most this many uploaded datasets, the newest first. */
    static final int LIST_LIMIT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database db;
    private final WriteLimiter limiter;
    private final Clock clock;

    public DatasetStore(Database db, WriteLimiter limiter, Clock clock) {
        this.db = db;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Stores {@code d} in one transaction with the client's write count; true when this call stored
     * it. An upload that is stored already stores nothing and is not counted.
     */
    public boolean save(String client, NewDataset d) throws SQLException {
        return db.write(c -> {
            long now = clock.millis();
            int inserted;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dataset"
                    + " (id, name, problem, classes, class_names, column_names, row_count, data, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                s.setString(1, d.id());
                s.setString(2, d.name());
                s.setString(3, d.problem());
                s.setInt(4, d.classes());
                s.setString(5, json(d.classNames()));
                s.setString(6, json(d.columns()));
                s.setInt(7, d.rows());
                s.setString(8, d.data());
                s.setLong(9, now);
                inserted = s.executeUpdate();
            }
            if (inserted == 0) {
                Stored existing = find(c, d.id()).orElseThrow(() -> new IdCollision(d.id()));
                if (!existing.data().equals(d.data()) || !existing.summary().name().equals(d.name())
                        || !Objects.equals(existing.summary().problem(), d.problem())) {
                    throw new IdCollision(d.id());
                }
                return false;
            }
            // Only a stored write counts; over the limit, the insert above is rolled back.
            limiter.admit(c, db.dialect(), client, now);
            return true;
        });
    }

    public Optional<Stored> find(String id) throws SQLException {
        return db.read(c -> find(c, id));
    }

    /** As in {@code DataPoints.classes}; empty when no dataset has this id. */
    public OptionalInt classesOf(String id) throws SQLException {
        if (!ContentId.looksLikeId(id)) {
            return OptionalInt.empty();
        }
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT classes FROM dataset WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? OptionalInt.of(r.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    /** The newest {@link #LIST_LIMIT} datasets, newest first. */
    public List<Summary> list() throws SQLException {
        return db.read(c -> {
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM dataset ORDER BY created_at DESC, id LIMIT " + LIST_LIMIT);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(summary(r));
                }
            }
            return out;
        });
    }

    private static final String SUMMARY_COLUMNS =
            "id, name, problem, classes, class_names, column_names, row_count, created_at";

    private static Optional<Stored> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", data FROM dataset WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Stored(summary(r), r.getString(9))) : Optional.empty();
            }
        }
    }

    private static Summary summary(ResultSet r) throws SQLException {
        return new Summary(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), strings(r.getString(5)),
                strings(r.getString(6)), r.getInt(7), Instant.ofEpochMilli(r.getLong(8)));
    }

    private static String json(List<String> strings) {
        try {
            return JSON.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored list of names is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
