package backprop.server;

import backprop.server.store.WriteLimit;
import java.nio.file.Path;

/**
 * What the command line chose.
 *
 * @param host           interface to listen on
 * @param port           TCP port; 0 picks a free one
 * @param dataDir        directory for durable data (created at start)
 * @param dev            serve the page from the source tree instead of the classpath
 * @param db             JDBC URL of the database, or null for the SQLite file in {@code dataDir}
 * @param writesPerMinute writes (presets, datasets) one client may make per minute; 0 = no limit
 */
public record ServerOptions(String host, int port, Path dataDir, boolean dev, String db, int writesPerMinute) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String DATABASE_FILE = "playground.db";
    public static final int DEFAULT_WRITES_PER_MINUTE = WriteLimit.DEFAULT.maxWrites();

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA_DIR, false, null, DEFAULT_WRITES_PER_MINUTE);
    }

    /** The database to open: {@link #db} or {@code jdbc:sqlite:<dataDir>/playground.db}. */
    public String jdbcUrl() {
        return db != null ? db : sqliteIn(dataDir);
    }

    public static String sqliteIn(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve(DATABASE_FILE);
    }

    public WriteLimit writeLimit() {
        return new WriteLimit(writesPerMinute, java.time.Duration.ofMinutes(1));
    }
}
