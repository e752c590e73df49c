package backprop.e2e;

import backprop.server.PlaygroundServer;
import backprop.server.WebRoot;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real server in-process, wired exactly as {@code java -jar} wires it (the page
 * from the classpath, every API), on 127.0.0.1 and a free port, once per test class.
 * Register it as a static field: {@code @RegisterExtension static ServerExtension server = new ServerExtension();}
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {

    private PlaygroundServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = PlaygroundServer.standard(WebRoot.classpath()).start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
            server = null;
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
