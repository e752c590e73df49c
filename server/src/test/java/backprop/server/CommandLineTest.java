package backprop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noFlagsGiveTheDocumentedDefaults() {
        CommandLine.Result r = CommandLine.parse();
        assertFalse(r.isError());
        assertEquals(new ServerOptions("127.0.0.1", 7070, Path.of("data"), false, null, 30), r.options());
        assertEquals("jdbc:sqlite:data/playground.db", r.options().jdbcUrl());
    }

    @Test
    void everyFlagIsRead() {
        CommandLine.Result r = CommandLine.parse("--port", "8080", "--host", "0.0.0.0", "--data-dir", "/tmp/x", "--dev",
                "--db", "jdbc:postgresql://db.example/playground?user=bp", "--write-limit", "5");
        assertEquals(new ServerOptions("0.0.0.0", 8080, Path.of("/tmp/x"), true,
                "jdbc:postgresql://db.example/playground?user=bp", 5), r.options());
        assertEquals("jdbc:postgresql://db.example/playground?user=bp", r.options().jdbcUrl());
    }

    @Test
    void theDefaultDatabaseIsAnSqliteFileInTheDataDirectory() {
        assertEquals("jdbc:sqlite:/srv/bp/playground.db", CommandLine.parse("--data-dir=/srv/bp").options().jdbcUrl());
        assertEquals("jdbc:sqlite:/tmp/other.db", CommandLine.parse("--db=jdbc:sqlite:/tmp/other.db").options().jdbcUrl());
        assertEquals(0, CommandLine.parse("--write-limit", "0").options().writesPerMinute());
    }

    @Test
    void aDatabaseThatIsNotSqliteOrPostgresqlIsRefused() {
        assertError("--db must be a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:, not 'mysql://x'",
                "--db", "mysql://x");
        assertError("--db must be a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:, not"
                + " 'jdbc:mysql://h/db?user=u&password=***'", "--db=jdbc:mysql://h/db?user=u&password=secret");
    }

    @Test
    void aWriteLimitMustBeANumber() {
        assertError("--write-limit must be a number of writes per minute from 0 (no limit) to 1000000, not 'many'",
                "--write-limit", "many");
        assertError("--write-limit must be a number of writes per minute from 0 (no limit) to 1000000, not '-3'",
                "--write-limit=-3");
    }

    @Test
    void valuesMayFollowAnEqualsSign() {
        assertEquals(9000, CommandLine.parse("--port=9000").options().port());
    }

    @Test
    void helpWinsOverEverythingElse() {
        CommandLine.Result r = CommandLine.parse("--port", "1", "--help");
        assertTrue(r.help());
        assertNull(r.options());
        assertTrue(CommandLine.USAGE.contains("--data-dir"));
        assertTrue(CommandLine.USAGE.contains("--db"));
        assertTrue(CommandLine.USAGE.contains("--write-limit"));
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertError("--port must be a number from 0 to 65535, not 'abc'", "--port", "abc");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertError("--port must be a number from 0 to 65535, not '70000'", "--port", "70000");
        assertError("--port must be a number from 0 to 65535, not '-1'", "--port=-1");
    }

    @Test
    void anUnknownFlagIsRefused() {
        assertError("unknown option '--colour'", "--colour", "blue");
    }

    @Test
    void aFlagWithoutItsValueIsRefused() {
        assertError("--port needs a value", "--port");
        assertError("--host needs a value", "--host", "--dev");
        assertError("--data-dir must not be empty", "--data-dir=");
        assertError("--dev takes no value", "--dev=yes");
    }

    private static void assertError(String expected, String... args) {
        CommandLine.Result r = CommandLine.parse(args);
        assertTrue(r.isError(), "expected a refusal");
        assertEquals(expected, r.error());
        assertNull(r.options());
        assertFalse(r.error().contains("\n"), "one line");
    }
}
