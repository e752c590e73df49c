package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every acknowledged write survives a crash: the packaged server ({@code java -jar}) is killed
 * with SIGKILL while clients are writing presets and datasets, restarted on the same data
 * directory, and must return every preset and dataset it answered 201/200 for, byte for byte.
 */
class DurabilityIT {

    private static final Path JAR = Path.of("../server/target/backprop-playground.jar");
    private static final Pattern LISTENING = Pattern.compile("Backprop Playground on (http://\\S+?)/?$");
    private static final int WRITERS = 8;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void acknowledgedPresetsAndDatasetsSurviveSigkill() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is built by 'mvn package' of the server");
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of(outputDir())), "durability-");
        String first = start(dataDir);

        Map<String, String> presets = new ConcurrentHashMap<>(); // id -> the body sent
        Map<String, String> datasets = new ConcurrentHashMap<>(); // id -> the name sent
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        if (i % 2 == 0) {
                            String state = "dataset=xor&seed=w" + writer + "-" + i;
                            HttpResponse<String> r = post(first + "/api/presets", "application/json",
                                    "{\"state\":\"" + state + "\",\"title\":\"t" + i + "\"}");
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                presets.put(field(r.body(), "id"), "t" + i);
                            }
                        } else {
                            String name = "w" + writer + "-" + i;
                            HttpResponse<String> r = post(first + "/api/datasets?name=" + name, "text/csv",
                                    "x,y,label\n" + writer + "," + i + ",1\n0,0,-1\n");
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                datasets.put(field(r.body(), "id"), name);
                            }
                        }
                    } catch (IOException e) {
                        return null; // the server is gone: writes in flight are not acknowledged
                    }
                }
                return null;
            });
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long latest = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((System.nanoTime() < until || presets.size() + datasets.size() < 50) && System.nanoTime() < latest) {
            Thread.sleep(20);
        }
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
        assertTrue(server.waitFor(10, TimeUnit.SECONDS));
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));

        Map<String, String> ackedPresets = Map.copyOf(presets);
        Map<String, String> ackedDatasets = Map.copyOf(datasets);
        String base = start(dataDir);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> p : ackedPresets.entrySet()) {
            HttpResponse<String> r = get(base + "/api/presets/" + p.getKey());
            if (r.statusCode() != 200 || !p.getValue().equals(field(r.body(), "title"))) {
                missing.add("preset " + p.getKey() + " -> " + r.statusCode());
            }
        }
        for (Map.Entry<String, String> d : ackedDatasets.entrySet()) {
            HttpResponse<String> r = get(base + "/api/datasets/" + d.getKey());
            if (r.statusCode() != 200 || !d.getValue().equals(field(r.body(), "name"))) {
                missing.add("dataset " + d.getKey() + " -> " + r.statusCode());
            }
        }
        assertEquals(List.of(), missing, "acknowledged before the kill: " + ackedPresets.size() + " presets, "
                + ackedDatasets.size() + " datasets");
        assertTrue(ackedPresets.size() + ackedDatasets.size() >= 50, "enough writes were in flight");
    }

    /** Starts {@code java -jar} on a free port and returns its base URL once it listens. */
    private String start(Path dataDir) throws IOException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(javaBin, "-jar", JAR.toString(), "--port", "0", "--data-dir", dataDir.toString(),
                "--write-limit", "0")
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line.strip());
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the server did not start:\n" + seen);
    }

    private HttpResponse<String> post(String url, String contentType, String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String url) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A top-level string field of a small JSON object (no library needed for ids and names). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String outputDir() {
        return System.getProperty("e2e.outputDir", "target");
    }
}
