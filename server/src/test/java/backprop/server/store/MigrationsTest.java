package backprop.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void theIndexListsEveryMigrationFileInTheFolder() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationsTest.class.getResource(Migrations.FOLDER).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        List<String> listed = Migrations.standard().all().stream().map(Migrations.Migration::file).sorted().toList();
        assertEquals(files, listed, "add each new V<n>__*.sql to " + Migrations.INDEX);
    }

    @Test
    void openingTwiceAppliesEachMigrationOnce() throws SQLException {
        try (TempDatabase db = TempDatabase.sqlite()) {
            int latest = Migrations.standard().all().size();
            assertEquals(latest, db.database().read(Migrations::currentVersion));
            assertEquals(0, Migrations.standard().apply(db.reopen()));
            assertEquals(latest, db.database().read(Migrations::currentVersion));
        }
    }

    @Test
    void statementsAreSplitAtTheSemicolonThatEndsALine() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
                Migrations.statements("-- a comment; not a statement\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"));
    }

    @Test
    void versionsMustFollowEachOther() {
        assertThrows(IllegalStateException.class, () -> new Migrations(List.of(
                new Migrations.Migration(1, "V1__a.sql", ""), new Migrations.Migration(3, "V3__c.sql", ""))));
    }

    @Test
    void sqliteRunsInWalMode() throws SQLException {
        try (TempDatabase db = TempDatabase.sqlite()) {
            String mode = db.database().read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("PRAGMA journal_mode")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertEquals("wal", mode);
        }
    }
}
