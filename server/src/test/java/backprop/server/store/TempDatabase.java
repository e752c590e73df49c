package backprop.server.store;

import backprop.server.ServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** A database for one test: a fresh SQLite file in a temporary directory, or a fresh PostgreSQL database. */
public final class TempDatabase implements AutoCloseable {

    private final String url;
    private final Path dir;
    private Database database;

    private TempDatabase(String url, Path dir) {
        this.url = url;
        this.dir = dir;
        this.database = open(url);
    }

    public static TempDatabase sqlite() {
        try {
            Path dir = Files.createTempDirectory("backprop-db");
            return new TempDatabase(ServerOptions.sqliteIn(dir), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TempDatabase postgres() {
        return new TempDatabase(TestPostgres.instance().createDatabase(), null);
    }

    String url() {
        return url;
    }

    public Database database() {
        return database;
    }

    /** Closes the database and opens it again from its URL, as a restarted server would. */
    public Database reopen() {
        database.close();
        database = open(url);
        return database;
    }

    private static Database open(String url) {
        try {
            return Database.open(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }

    @Override
    public void close() {
        database.close();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
