package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Dataset;
import backprop.engine.train.Experiment;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.WeightsSnapshot;
import backprop.server.store.TempDatabase;
import backprop.server.store.WriteLimit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage API over real HTTP, against a server on a random port with a fresh database:
 * the same tests for every database the server supports (one subclass each).
 */
abstract class StorageApiContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String XOR_CSV = "x,y,label\n1,1,-1\n-1,-1,-1\n1,-1,1\n-1,1,1\n";

    private TempDatabase db;
    private RunningServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));

    /** A fresh, empty database of the kind under test. */
    abstract TempDatabase newDatabase();

    @BeforeEach
    void start() {
        db = newDatabase();
        server = RunningServer.on(db.database(), WriteLimit.NONE, clock);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    // --- presets ---

    @Test
    void aSharedStateIsStoredCanonicallyAndReadBack() {
        Preset p = new Preset();
        p.dataset = Dataset.XOR;
        p.learningRate = 0.1;
        String canonical = PresetCodec.encode(p);
        // Keys out of order, an unknown key, a leading '#': the codec reads it, the canonical form is stored.
        String messy = "#learningRate=0.1&unknownKey=1&dataset=xor";

        HttpResponse<String> r = share(messy, "My XOR", null);

        assertEquals(201, r.statusCode(), r.body());
        JsonNode created = json(r);
        String id = created.get("id").asText();
        assertTrue(id.matches("[A-Za-z0-9_-]{12}"), id);
        assertEquals("/p/" + id, created.get("url").asText());
        assertEquals("/api/presets/" + id, r.headers().firstValue("Location").orElse(""));

        JsonNode got = json(server.get("/api/presets/" + id));
        assertEquals(id, got.get("id").asText());
        assertEquals(canonical, got.get("state").asText());
        assertEquals("My XOR", got.get("title").asText());
        assertTrue(got.get("weights").isNull());
        assertEquals("2026-11-27T12:00:00Z", got.get("created").asText());
        assertEquals(id, json(share(canonical, "My XOR", null)).get("id").asText(), "same content, same id");
    }

    @Test
    void theSameContentGetsTheSameIdAndOtherContentAnother() {
        HttpResponse<String> first = share("dataset=spiral", "t", null);
        HttpResponse<String> again = share("dataset=spiral", "t", null);
        assertEquals(201, first.statusCode());
        assertEquals(200, again.statusCode(), "already stored");
        assertEquals(json(first).get("id"), json(again).get("id"));
        assertNotEquals(json(first).get("id"), json(share("dataset=spiral", "other title", null)).get("id"));
        assertNotEquals(json(first).get("id"), json(share("dataset=circle", "t", null)).get("id"));
    }

    @Test
    void trainedWeightsAreCheckedAgainstTheStateAndKeptExactly() {
        Preset p = new Preset();
        p.networkShape = new int[] {3, 2};
        p.seed = "w";
        String state = PresetCodec.encode(p);
        String weights = WeightsSnapshot.export(Experiment.create(p).network());

        HttpResponse<String> r = share(state, "trained", weights);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(weights, json(server.get("/api/presets/" + json(r).get("id").asText())).get("weights").asText());

        var withDeadLinks = Experiment.create(p).network();
        withDeadLinks.deadLinks().kill(0, 1); // as L1 regularization leaves them: shared with the weights
        String deadWeights = WeightsSnapshot.export(withDeadLinks);
        HttpResponse<String> dead = share(state, "trained with L1", deadWeights);
        assertEquals(201, dead.statusCode(), dead.body());
        assertEquals(deadWeights,
                json(server.get("/api/presets/" + json(dead).get("id").asText())).get("weights").asText());

        Preset other = p.copy();
        other.networkShape = new int[] {4, 2};
        HttpResponse<String> wrongShape = share(PresetCodec.encode(other), "", weights);
        assertRefused(400, wrongShape, "shape");
        assertRefused(400, share(state, "", "v1;2,3,2,1;AAAA"), "");
        assertRefused(400, share(state, "", "not a snapshot"), "snapshot");
    }

    @Test
    void aStateWithProblemsIsRefusedWithTheCodecsWords() {
        HttpResponse<String> r = share("learningRate=abc&dataset=circle", null, null);
        assertRefused(400, r, "learningRate");
        assertRefused(400, share("", null, null), "state is missing");
    }

    @Test
    void limitsOnStateWeightsAndTitle() {
        assertRefused(413, share("seed=" + "a".repeat(ShareLinkRules.MAX_STATE_CHARS), null, null), "4096");
        assertRefused(413, share("dataset=xor", null, "v1;" + "A".repeat(ShareLinkRules.MAX_WEIGHTS_CHARS)), "2 MB");
        assertRefused(400, share("dataset=xor", "x".repeat(121), null), "120");
        String longest = "😀".repeat(120); // 120 characters, 240 UTF-16 units
        assertEquals(201, share("dataset=xor", longest, null).statusCode());
    }

    @Test
    void aTitleHoldingMarkupIsKeptAsPlainText() {
        String title = "<img src=x onerror=alert(1)><script>alert('t')</script>";
        HttpResponse<String> r = share("dataset=xor", title, null);
        assertEquals(201, r.statusCode(), r.body());
        HttpResponse<String> got = server.get("/api/presets/" + json(r).get("id").asText());
        assertEquals(title, json(got).get("title").asText());
        assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertRefused(400, share("dataset=xor", "line\nbreak", null), "control");
    }

    @Test
    void unknownPresetsAre404s() {
        assertRefused(404, server.get("/api/presets/AAAAAAAAAAAA"), "AAAAAAAAAAAA");
        assertRefused(404, server.get("/api/presets/not-an-id"), "not-an-id");
        assertRefused(404, server.get("/p/AAAAAAAAAAAA"), "AAAAAAAAAAAA");
        HttpResponse<String> page = server.get("/p/AAAAAAAAAAAA", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<html") || page.body().contains("<!DOCTYPE"), "the page shows the message");
    }

    @Test
    void aShareLinkServesThePage() throws IOException {
        String id = json(share("dataset=gauss", "", null)).get("id").asText();
        HttpResponse<String> r = server.get("/p/" + id, "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        try (var in = getClass().getResourceAsStream("/web/index.html")) {
            assertEquals(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), r.body());
        }
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    }

    // --- datasets ---

    @Test
    void anUploadedDatasetIsListedAndReadBack() {
        HttpResponse<String> r = server.postCsv("/api/datasets?name=" + "My%20XOR", XOR_CSV);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode verdict = json(r);
        String id = verdict.get("id").asText();
        assertEquals("classification", verdict.get("problem").asText());
        assertEquals(2, verdict.get("classes").asInt());
        assertEquals(4, verdict.get("rows").asInt());
        assertEquals("[\"x\",\"y\"]", verdict.get("columns").toString());

        JsonNode got = json(server.get("/api/datasets/" + id));
        assertEquals("My XOR", got.get("name").asText());
        assertEquals("[[1.0,-1.0,1.0,-1.0],[1.0,-1.0,-1.0,1.0]]", got.get("data").get("values").toString());
        assertEquals("[-1.0,-1.0,1.0,1.0]", got.get("data").get("labels").toString());
        assertEquals("[\"-1\",\"1\"]", got.get("classNames").toString());

        JsonNode list = json(server.get("/api/datasets"));
        assertEquals(Dataset.values().length, list.get("builtIn").size());
        assertEquals("circle", list.get("builtIn").get(0).get("id").asText());
        assertEquals(1, list.get("uploaded").size());
        assertEquals(id, list.get("uploaded").get(0).get("id").asText());
        assertFalse(list.get("uploaded").get(0).has("data"), "the listing leaves the points out");

        HttpResponse<String> again = server.postCsv("/api/datasets?name=My%20XOR", XOR_CSV.replace("\n", "\r\n"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, json(again).get("id").asText(), "the same content uploaded twice has one id");
    }

    @Test
    void aBuiltInDatasetIsDescribed() {
        JsonNode spiral = json(server.get("/api/datasets/spiral3"));
        assertEquals(3, spiral.get("classes").asInt());
        assertTrue(spiral.get("builtIn").asBoolean());
        assertRefused(404, server.get("/api/datasets/nope"), "nope");
    }

    @Test
    void aBadCellIsNamedByLineAndColumn() {
        HttpResponse<String> r = server.postCsv("/api/datasets?name=bad", "x,y,label\n1,2,1\n3,,1\n");
        assertRefused(400, r, "Line 3, column 2");
        assertRefused(400, server.postCsv("/api/datasets", "1,2,1\n1,NaN,-1\n"), "Line 2, column 2");
        assertRefused(400, server.postCsv("/api/datasets?problem=magic", XOR_CSV), "classification");
    }

    @Test
    void aPresetMayUseAnUploadedDatasetAndItsWeightsFitItsClasses() {
        String csv = "a,b,kind\n0,0,red\n1,1,green\n2,2,blue\n3,3,red\n";
        String datasetId = json(server.postCsv("/api/datasets?name=three", csv)).get("id").asText();
        Preset p = new Preset();
        p.datasetId = datasetId;
        p.networkShape = new int[] {2};
        // Three classes: three outputs. Weights of a one-output network do not fit.
        Preset oneOutput = p.copy();
        oneOutput.datasetId = "";
        String wrong = WeightsSnapshot.export(Experiment.create(oneOutput).network());
        assertRefused(400, share(PresetCodec.encode(p), "", wrong), "shape");
        String right = "v1;2,2,3;" + "A".repeat(11 * (2 * 2 + 2 + 3 * 2 + 3));
        assertEquals(201, share(PresetCodec.encode(p), "", right).statusCode());

        p.datasetId = "AAAAAAAAAAAA";
        assertRefused(400, share(PresetCodec.encode(p), "", null), "upload the dataset first");
    }

    // --- durability across a restart, concurrency, rate limit ---

    @Test
    void everythingStoredIsThereAfterARestart() {
        String preset = json(share("dataset=moons", "kept", null)).get("id").asText();
        String dataset = json(server.postCsv("/api/datasets?name=kept", XOR_CSV)).get("id").asText();
        server.close();
        server = RunningServer.on(db.reopen(), WriteLimit.NONE, clock);
        assertEquals("kept", json(server.get("/api/presets/" + preset)).get("title").asText());
        assertEquals("kept", json(server.get("/api/datasets/" + dataset)).get("name").asText());
    }

    @Test
    void concurrentWritesAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                // Every third request repeats content another request sends at the same time.
                answers.add(pool.submit(() -> n % 2 == 0
                        ? share("dataset=xor&seed=c" + (n % 3 == 0 ? 0 : n), "", null)
                        : server.postCsv("/api/datasets?name=c" + (n % 3 == 0 ? 0 : n), XOR_CSV)));
            }
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesAreRateLimitedPerClientWithRetryAfter() {
        server.close();
        server = RunningServer.on(db.database(), new WriteLimit(3, Duration.ofMinutes(1)), clock);
        HttpResponse<String> first = share("dataset=xor&seed=1", "", null);
        assertEquals(201, first.statusCode());
        clock.advance(Duration.ofSeconds(20));
        assertEquals(201, server.postCsv("/api/datasets?name=r", XOR_CSV).statusCode());
        assertEquals(201, share("dataset=xor&seed=2", "", null).statusCode());

        HttpResponse<String> refused = share("dataset=xor&seed=3", "", null);
        assertRefused(429, refused, "try again in 40 s");
        assertEquals("40", refused.headers().firstValue("Retry-After").orElse(""));
        assertRefused(429, server.postCsv("/api/datasets?name=r2", XOR_CSV), "Too many writes");

        clock.advance(Duration.ofSeconds(41)); // the first write has left the window
        assertEquals(201, share("dataset=xor&seed=3", "", null).statusCode());
        assertEquals(429, share("dataset=xor&seed=4", "", null).statusCode());
        assertEquals(200, server.get("/api/presets/" + json(first).get("id").asText()).statusCode(),
                "reads are never limited");
    }

    @Test
    void repeatingAStoredWriteIsNotCounted() {
        server.close();
        server = RunningServer.on(db.database(), new WriteLimit(2, Duration.ofMinutes(1)), clock);
        assertEquals(201, share("dataset=xor&seed=1", "", null).statusCode());
        assertEquals(201, server.postCsv("/api/datasets?name=r", XOR_CSV).statusCode());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, share("dataset=xor&seed=1", "", null).statusCode(), "stored already: nothing stored");
            assertEquals(200, server.postCsv("/api/datasets?name=r", XOR_CSV).statusCode());
        }
        assertRefused(429, share("dataset=xor&seed=2", "", null), "Too many writes");
    }

    // --- helpers ---

    HttpResponse<String> share(String state, String title, String weights) {
        ObjectNode body = JSON.createObjectNode();
        body.put("state", state);
        if (title != null) {
            body.put("title", title);
        }
        if (weights != null) {
            body.put("weights", weights);
        }
        return server.postJson("/api/presets", body.toString());
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertRefused(int status, HttpResponse<String> r, String detailContains) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode body = json(r);
        assertEquals(2, body.size(), r.body());
        assertTrue(body.get("error").isTextual() && body.get("detail").isTextual(), r.body());
        assertTrue(body.get("detail").asText().contains(detailContains), r.body());
        assertNull(body.get("stackTrace"));
    }
}
