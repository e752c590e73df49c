package backprop.server;

import java.nio.file.Path;

/**
 * What the command line chose.
 *
 * @param host    interface to listen on
 * @param port    TCP port; 0 picks a free one
 * @param dataDir directory for durable data (created at start)
 * @param dev     serve the page from the source tree instead of the classpath
 */
public record ServerOptions(String host, int port, Path dataDir, boolean dev) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA_DIR, false);
    }
}
