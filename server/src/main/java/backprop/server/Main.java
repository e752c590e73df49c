package backprop.server;

import backprop.server.store.Database;
import backprop.server.store.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** {@code java -jar backprop-playground.jar [--port n] [--host h] [--data-dir d] [--db url] [--write-limit n] [--dev]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine.Result parsed = CommandLine.parse(args);
        if (parsed.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (parsed.isError()) {
            fail(parsed.error(), true, 2);
            return;
        }
        ServerOptions o = parsed.options();
        try {
            Files.createDirectories(o.dataDir());
        } catch (IOException | SecurityException e) {
            fail("cannot create --data-dir " + o.dataDir() + ": " + e, false, 1);
            return;
        }
        WebRoot webRoot;
        try {
            webRoot = o.dev() ? WebRoot.dev(Path.of("")) : WebRoot.classpath();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), false, 1);
            return;
        }
        Database db;
        try {
            db = Database.open(o.jdbcUrl());
        } catch (SQLException | RuntimeException e) {
            fail("cannot open the database " + Dialect.redact(o.jdbcUrl()) + ": " + rootMessage(e), false, 1);
            return;
        }
        PlaygroundServer server = PlaygroundServer.standard(webRoot, db, o.writeLimit());
        try {
            server.start(o.host(), o.port());
        } catch (RuntimeException e) {
            db.close();
            fail("cannot listen on " + o.host() + ":" + o.port() + ": " + rootMessage(e), false, 1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }, "shutdown"));
        System.out.println("Database: " + db.describe());
        System.out.println("Backprop Playground on http://" + o.host() + ":" + server.port() + "/");
    }

    /** Exit 2 for a bad command line, 1 when the server cannot start. */
    private static void fail(String message, boolean showUsage, int exitCode) {
        System.err.println("error: " + message);
        if (showUsage) {
            System.err.print(CommandLine.USAGE);
        }
        System.exit(exitCode);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
