package backprop.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned plain-SQL migrations, applied at start in version order. The files live in
 * {@code db/migration/} on the classpath as {@code V<n>__<what>.sql}, listed in that folder's
 * {@code migrations.txt} (a jar cannot be listed portably). Each migration runs in its own
 * transaction together with its row in {@code schema_version}, so it is applied entirely or
 * not at all; applied migrations are never edited, only followed by new ones.
 */
final class Migrations {

    static final String FOLDER = "/db/migration/";
    static final String INDEX = FOLDER + "migrations.txt";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    /** One migration file. */
    record Migration(int version, String file, String sql) {
    }

    private final List<Migration> migrations;

    Migrations(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3… in order; "
                        + migrations.get(i).file() + " is at position " + (i + 1));
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations shipped with the server. */
    static Migrations standard() {
        List<Migration> list = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String file = line.trim();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException(INDEX + ": '" + file + "' is not named V<n>__<what>.sql");
            }
            list.add(new Migration(Integer.parseInt(m.group(1)), file, resource(FOLDER + file)));
        }
        return new Migrations(list);
    }

    List<Migration> all() {
        return migrations;
    }

    /** Applies every migration newer than the database's version; returns how many ran. */
    int apply(Database db) throws SQLException {
        db.write(c -> {
            db.dialect().lockForMigration(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER NOT NULL PRIMARY KEY, file TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            }
            return null;
        });
        int applied = 0;
        for (Migration m : migrations) {
            boolean ran = db.write(c -> {
                db.dialect().lockForMigration(c);
                if (m.version() <= currentVersion(c)) {
                    return false;
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(m.sql())) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO schema_version (version, file, applied_at) VALUES (?, ?, ?)")) {
                    s.setInt(1, m.version());
                    s.setString(2, m.file());
                    s.setLong(3, System.currentTimeMillis());
                    s.executeUpdate();
                }
                return true;
            });
            applied += ran ? 1 : 0;
        }
        return applied;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The statements of a file: split at ';' that ends a line, with '--' comment lines removed. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
