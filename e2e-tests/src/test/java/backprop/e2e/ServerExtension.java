package backprop.e2e;

import backprop.server.store.Database;
import backprop.server.PlaygroundServer;
import backprop.server.ServerOptions;
import backprop.server.WebRoot;
import backprop.server.store.WriteLimit;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real server in-process, wired exactly as {@code java -jar} wires it (the page
 * from the classpath, every API, an SQLite database in a fresh directory under target/), on
 * 127.0.0.1 and a free port, once per test class. Writes are not rate-limited.
 * Register it as a static field: {@code @RegisterExtension static ServerExtension server = new ServerExtension();}
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {

    private PlaygroundServer server;
    private Database database;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, SQLException {
        Path target = Path.of(System.getProperty("e2e.outputDir", "target"));
        Path dataDir = Files.createTempDirectory(Files.createDirectories(target), "data-");
        database = Database.open(ServerOptions.sqliteIn(dataDir));
        server = PlaygroundServer.standard(WebRoot.classpath(), database, WriteLimit.NONE).start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** {@code http://127.0.0.1:<port>} without a trailing slash. */
    public String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the server runs only between beforeAll and afterAll");
        }
        return "http://127.0.0.1:" + server.port();
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }
}
