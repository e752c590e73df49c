package backprop.server;

import backprop.server.store.Dialect;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Parses the server's flags without side effects, so that tests can check every
 * refusal without calling {@code System.exit}. Flags take their value as the next
 * argument or after {@code =} ({@code --port 8080}, {@code --port=8080}).
 */
public final class CommandLine {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar backprop-playground.jar [options]",
            "",
            "Options:",
            "  --port <n>         TCP port, 0-65535 (default " + ServerOptions.DEFAULT_PORT + "; 0 picks a free port)",
            "  --host <address>   interface to listen on (default " + ServerOptions.DEFAULT_HOST + ")",
            "  --data-dir <path>  directory for durable data, created if missing (default ./"
                    + ServerOptions.DEFAULT_DATA_DIR + ")",
            "  --db <jdbc-url>    database (default jdbc:sqlite:<data-dir>/" + ServerOptions.DATABASE_FILE + ");",
            "                     jdbc:postgresql://host/db?user=…&password=… for several instances",
            "  --write-limit <n>  presets and datasets one client may save per minute (default "
                    + ServerOptions.DEFAULT_WRITES_PER_MINUTE + "; 0: no limit)",
            "  --dev              serve static/ and web-ui/target/classes/web/teavm from disk",
            "                     (run from the repository root; reload the page to see edits)",
            "  --help             print this text and exit",
            "");

    /** The outcome of parsing: options to run with, a request for help, or an error message. */
    public record Result(ServerOptions options, boolean help, String error) {
        public boolean isError() {
            return error != null;
        }
    }

    private CommandLine() {
    }

    public static Result parse(String... args) {
        ServerOptions o = ServerOptions.defaults();
        try {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                String value = null;
                int eq = flag.indexOf('=');
                if (flag.startsWith("--") && eq > 0) {
                    value = flag.substring(eq + 1);
                    flag = flag.substring(0, eq);
                }
                if (flag.equals("--help") || flag.equals("-h")) {
                    return new Result(null, true, null);
                }
                if (flag.equals("--dev")) {
                    require(value == null, "--dev takes no value");
                    o = new ServerOptions(o.host(), o.port(), o.dataDir(), true, o.db(), o.writesPerMinute());
                    continue;
                }
                require(flag.equals("--port") || flag.equals("--host") || flag.equals("--data-dir")
                        || flag.equals("--db") || flag.equals("--write-limit"),
                        "unknown option '" + args[i] + "'");
                if (value == null) {
                    require(i + 1 < args.length && !args[i + 1].startsWith("--"), flag + " needs a value");
                    value = args[++i];
                }
                o = withValue(o, flag, value);
            }
        } catch (BadFlag e) {
            return new Result(null, false, e.getMessage());
        }
        return new Result(o, false, null);
    }

    private static ServerOptions withValue(ServerOptions o, String flag, String value) {
        switch (flag) {
            case "--port":
                return new ServerOptions(o.host(), port(value), o.dataDir(), o.dev(), o.db(), o.writesPerMinute());
            case "--host":
                require(!value.isBlank(), "--host must not be empty");
                return new ServerOptions(value, o.port(), o.dataDir(), o.dev(), o.db(), o.writesPerMinute());
            case "--db":
                return new ServerOptions(o.host(), o.port(), o.dataDir(), o.dev(), jdbcUrl(value), o.writesPerMinute());
            case "--write-limit":
                return new ServerOptions(o.host(), o.port(), o.dataDir(), o.dev(), o.db(), writeLimit(value));
            default:
                return new ServerOptions(o.host(), o.port(), path(value), o.dev(), o.db(), o.writesPerMinute());
        }
    }

    private static int port(String value) {
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            port = -1;
        }
        require(port >= 0 && port <= 65535, "--port must be a number from 0 to 65535, not '" + value + "'");
        return port;
    }

    private static String jdbcUrl(String value) {
        require(value.startsWith("jdbc:sqlite:") || value.startsWith("jdbc:postgresql:"),
                "--db must be a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:, not '"
                        + Dialect.redact(value) + "'");
        return value;
    }

    private static int writeLimit(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        require(n >= 0 && n <= 1_000_000, "--write-limit must be a number of writes per minute from 0 (no limit)"
                + " to 1000000, not '" + value + "'");
        return n;
    }

    private static Path path(String value) {
        require(!value.isBlank(), "--data-dir must not be empty");
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new BadFlag("--data-dir is not a usable path: '" + value + "'");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new BadFlag(message);
        }
    }

    /** A refusal with a message a person can act on; never leaves this class. */
    private static final class BadFlag extends RuntimeException {
        BadFlag(String message) {
            super(message, null, false, false);
        }
    }
}
