package backprop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import backprop.server.api.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client's malformed request is refused with a 400 and leaves no WARN line in the log. */
class ClientMistakesLogTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void malformedAuthoritiesAreNotWarnedAbout() {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertEquals(400, server.raw("CONNECT", "/x").status());
            assertEquals(400, server.raw("CONNECT", "[::1").status());
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("WARN"), text);
    }
}
