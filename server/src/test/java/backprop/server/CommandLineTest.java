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
        assertEquals(new ServerOptions("127.0.0.1", 7070, Path.of("data"), false), r.options());
    }

    @Test
    void everyFlagIsRead() {
        CommandLine.Result r = CommandLine.parse("--port", "8080", "--host", "0.0.0.0", "--data-dir", "/tmp/x", "--dev");
        assertEquals(new ServerOptions("0.0.0.0", 8080, Path.of("/tmp/x"), true), r.options());
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
