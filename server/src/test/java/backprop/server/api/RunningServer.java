package backprop.server.api;

import backprop.server.PlaygroundServer;
import backprop.server.WebRoot;
import backprop.server.store.Database;
import backprop.server.store.TempDatabase;
import backprop.server.store.WriteLimit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real server on 127.0.0.1 and a free port, with the HTTP calls tests make against it. */
public final class RunningServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** A response read off the socket exactly as the server sent it. */
    public record RawResponse(int status, String head, String body) {
        public boolean hasHeader(String name, String value) {
            String wanted = (name + ": " + value).toLowerCase();
            return head.lines().anyMatch(l -> l.toLowerCase().equals(wanted));
        }
    }

    private PlaygroundServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    /** Closed with the server when the server opened it. */
    private AutoCloseable owned;

    private RunningServer(PlaygroundServer server, AutoCloseable owned) {
        this.server = server.start("127.0.0.1", 0);
        this.owned = owned;
    }

    private RunningServer() {
    }

    /** The production wiring on a fresh SQLite database in a temporary directory, without a write limit. */
    public static RunningServer standard() {
        RunningServer running = new RunningServer();
        running.startStandard();
        return running;
    }

    /**
     * {@link #standard()} for a whole test class: {@code @RegisterExtension static final RunningServer
     * server = RunningServer.perTestClass();} starts it before the class's first test and closes it after the last.
     */
    public static RunningServer perTestClass() {
        return new RunningServer();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startStandard();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void startStandard() {
        TempDatabase db = TempDatabase.sqlite();
        owned = db;
        server = PlaygroundServer.standard(WebRoot.classpath(), db.database(), WriteLimit.NONE).start("127.0.0.1", 0);
    }

    /** The production wiring on a fresh SQLite database, reading request bodies through {@code uploads}. */
    static RunningServer withUploads(UploadGate uploads) {
        TempDatabase db = TempDatabase.sqlite();
        return new RunningServer(PlaygroundServer.standard(WebRoot.classpath(), db.database(), WriteLimit.NONE,
                java.time.Clock.systemUTC(), uploads), db);
    }

    /** The production wiring on {@code db} (which the caller closes). */
    static RunningServer on(Database db, WriteLimit limit, java.time.Clock clock) {
        return new RunningServer(PlaygroundServer.standard(WebRoot.classpath(), db, limit, clock), null);
    }

    public static RunningServer with(WebRoot webRoot, Api... apis) {
        List<Api> all = new ArrayList<>(List.of(new HealthApi(BuildInfo.load(), () -> true)));
        all.addAll(List.of(apis));
        return new RunningServer(new PlaygroundServer(webRoot, all), null);
    }

    int port() {
        return server.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with the given body and headers, e.g. {@code "Content-Type", "application/json"}. */
    HttpResponse<String> post(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
    }

    HttpResponse<String> postCsv(String path, String csv) {
        return post(path, csv.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv");
    }

    /** Sends a whole request (head and body) byte for byte and reads the answer. */
    RawResponse rawRequest(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before reading everything (a 413); read its answer.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code method path} byte for byte, so no client library normalizes the path first. */
    public RawResponse raw(String method, String path) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawResponse read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        return new RawResponse(status, head.replace("\r\n", "\n"), body);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
