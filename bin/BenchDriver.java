import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives headless Chromium through the DevTools protocol for bin/bench (JDK only, run as
 * {@code java bin/BenchDriver.java}): measures the live page (injecting
 * static/js/bench-live.js before the page's scripts), then runs /bench.html and prints
 * its table and, last, one line of JSON.
 *
 * <p>Arguments: chromium-binary base-url repo-dir reps secs warm heat jvm-json-file
 */
public final class BenchDriver {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

    private BenchDriver(WebSocket socket) {
        this.socket = socket;
    }

    public static void main(String[] args) throws Exception {
        String chromium = args[0];
        String base = args[1];
        Path repo = Path.of(args[2]);
        String reps = args[3], secs = args[4], warm = args[5], heat = args[6];
        String jvm = Files.readString(Path.of(args[7])).trim();
        if (jvm.isEmpty()) {
            jvm = "null";
        }
        Path profile = Files.createTempDirectory("bench-chromium");
        Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            BenchDriver cdp = connect(profile);
            cdp.call("Page.enable", "{}");
            cdp.call("Page.addScriptToEvaluateOnNewDocument",
                    "{\"source\":" + quote(Files.readString(repo.resolve("static/js/bench-live.js"))) + "}");
            String liveJson = "null";
            // BENCH_SCENARIOS=2,4: only those live scenarios (1-based, in the order below), and no first load.
            String only = System.getenv("BENCH_SCENARIOS");
            if (!"0".equals(System.getenv("BENCH_LIVE"))) {
                List<String> live = new ArrayList<>();
                String firstLoad = "null";
                if (only == null || only.isBlank()) {
                    // 1. First load of the default page (a fresh profile: nothing cached), playing as soon as it is ready.
                    cdp.navigate(base + "/?autoplay&n=0");
                    cdp.waitFor("window.__benchLive ? 'ok' : ''");
                    firstLoad = cdp.evaluate("window.__benchLive.firstLoad().then(JSON.stringify)");
                }
                // 2. Live training at full speed (speed=0: the page's default is one epoch per frame): the
                // default network, then the 6×8 one, in both builds.
                String[][] scenarios = {
                    {"2-[4,2]-1 (default)", "wasm", "#speed=0"},
                    {"2-[8x6]-1", "wasm", "#speed=0&networkShape=8,8,8,8,8,8"},
                    {"2-[4,2]-1 (default)", "js", "#speed=0"},
                    {"2-[8x6]-1", "js", "#speed=0&networkShape=8,8,8,8,8,8"},
                };
                int n = 1;
                for (String[] s : scenarios) {
                    if (only != null && !only.isBlank() && !("," + only.replace(" ", "") + ",").contains("," + n + ",")) {
                        n++;
                        continue;
                    }
                    cdp.navigate(base + "/?engine=" + s[1] + "&n=" + n++ + s[2]);
                    String r;
                    try {
                        r = cdp.evaluate("window.__benchLive.measure({untilEpoch: 10000, maxSeconds: 45})"
                                + ".then(r => JSON.stringify(Object.assign({name: " + quote(s[0]) + "}, r)))");
                    } catch (IllegalStateException e) {
                        r = "{\"name\":" + quote(s[0]) + ",\"engine\":\"" + s[1] + "\",\"error\":" + quote(e.getMessage()) + "}";
                    }
                    System.err.println("live " + s[0] + " " + s[1] + ": " + r);
                    live.add(r);
                }
                liveJson = "{\"firstLoad\":" + firstLoad + ",\"scenarios\":[" + String.join(",", live) + "]}";
            }
            // 3. The engines side by side on /bench.html (BENCH_PAGE=0: only its report of the steps above).
            cdp.navigate(base + "/bench.html");
            cdp.waitFor("window.benchPage ? 'ok' : ''");
            String call = "0".equals(System.getenv("BENCH_PAGE")) ? "report" : "run";
            String report = cdp.evaluate("window.benchPage." + call + "({reps: " + reps + ", secs: " + secs + ", warm: " + warm
                    + ", heat: " + heat + ", jvm: " + jvm + ", live: " + liveJson + "}).then(JSON.stringify)");
            String text = unquote(field(report, "text"));
            String json = unquote(field(report, "json"));
            System.out.println(text);
            System.out.println("JSON " + json);
        } finally {
            browser.destroy();
            browser.waitFor(5, TimeUnit.SECONDS);
            deleteTree(profile);
            Thread.sleep(500);  // Chromium's helpers may still write a file while exiting
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    private static BenchDriver connect(Path profile) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        for (int i = 0; i < 200 && !Files.exists(portFile); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(100);
        String port = Files.readAllLines(portFile).get(0).trim();
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher page = Pattern.compile("\"type\":\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"").matcher(list);
        Matcher any = Pattern.compile("\"webSocketDebuggerUrl\":\\s*\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
        String url = page.find() ? page.group(1) : any.find() ? any.group(1) : null;
        if (url == null) {
            throw new IllegalStateException("no page target in " + list);
        }
        BenchDriver[] self = new BenchDriver[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    self[0].receive(message);
                }
                w.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new BenchDriver(ws);
        return self[0];
    }

    private void receive(String message) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+),").matcher(message);
        if (m.find()) {
            CompletableFuture<String> f = waiting.remove(Integer.parseInt(m.group(1)));
            if (f != null) {
                f.complete(message);
            }
        }
    }

    private String call(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).get();
        return answer.get(15, TimeUnit.MINUTES);
    }

    private void navigate(String url) throws Exception {
        call("Page.navigate", "{\"url\":" + quote(url) + "}");
        String marker = url.substring(url.indexOf('/', 8));
        int hash = marker.indexOf('#');
        String path = hash < 0 ? marker : marker.substring(0, hash);
        waitFor("(location.pathname + location.search) === " + quote(path)
                + " && document.readyState !== 'loading' ? 'ok' : ''");
    }

    private void waitFor(String expression) throws Exception {
        for (int i = 0; i < 600; i++) {
            String r = call("Runtime.evaluate", "{\"expression\":" + quote(expression) + ",\"returnByValue\":true}");
            if (r.contains("\"value\":\"ok\"")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for " + expression);
    }

    /** Evaluates an expression whose promise yields a string; returns that string. */
    private String evaluate(String expression) throws Exception {
        String r = call("Runtime.evaluate", "{\"expression\":" + quote(expression)
                + ",\"awaitPromise\":true,\"returnByValue\":true}");
        if (System.getenv("BENCH_DEBUG") != null) {
            System.err.println("evaluate -> " + (r.length() > 2000 ? r.substring(0, 2000) : r));
        }
        if (r.contains("\"exceptionDetails\"")) {
            throw new IllegalStateException("in the page: " + r);
        }
        return unquote(field(r, "value"));
    }

    /** The raw JSON string literal of the first {@code "name":"…"} in a JSON text. */
    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        if (at < 0) {
            throw new IllegalStateException("no string " + name + " in " + json);
        }
        int start = at + name.length() + 4;
        int i = start;
        while (json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
        }
        return json.substring(start - 1, i + 1);
    }

    private static String unquote(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u':
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                default: out.append(e);
            }
        }
        return out.toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
