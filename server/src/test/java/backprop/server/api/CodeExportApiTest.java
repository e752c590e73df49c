package backprop.server.api;

import static backprop.server.api.StorageApiContract.assertRefused;
import static backprop.server.api.StorageApiContract.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.nn.Network;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.Experiment;
import backprop.engine.train.WeightsSnapshot;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/presets/{id}/export?lang=…} over real HTTP: a shared, trained network comes back as
 * code holding its exact weights, as a file to download; the refusals say what to fix.
 */
class CodeExportApiTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?");

    private static Network trained;
    private static String trainedId;
    private static String untrainedId;

    @BeforeAll
    static void share() {
        Preset p = new Preset();
        p.networkShape = new int[] {3, 2};
        p.seed = "export";
        p.setFeature(Feature.SIN_X, true);
        Experiment experiment = Experiment.create(p);
        for (int epoch = 0; epoch < 5; epoch++) {
            experiment.trainer().trainEpoch();
        }
        trained = experiment.network();
        String state = PresetCodec.encode(p);
        trainedId = post(state, "xor, <b>five</b> epochs", WeightsSnapshot.export(trained));
        untrainedId = post(state, "no weights", null);
    }

    @Test
    void theNumpyExportHoldsTheSharedWeightsExactlyAsAFileToDownload() {
        HttpResponse<String> r = server.get("/api/presets/" + trainedId + "/export?lang=numpy");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals("attachment; filename=\"network_numpy.py\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        String code = r.body();
        for (int k = 0; k < trained.depth(); k++) {
            assertBitwise(trained.weights(k), numbersAfter(code, "W" + (k + 1) + " = "), "W" + (k + 1));
            assertBitwise(trained.biases(k), numbersAfter(code, "b" + (k + 1) + " = "), "b" + (k + 1));
        }
        assertTrue(code.contains("np.array([x, y, np.sin(x)], dtype=np.float64)"), code);
        assertTrue(code.contains("Shared preset /p/" + trainedId + ": xor, <b>five</b> epochs"), code);
    }

    @Test
    void everyLanguageIsServedUnderItsOwnFileName() {
        String[][] languages = {{"numpy", "network_numpy.py", "def predict(x, y):"},
            {"pytorch", "network_pytorch.py", "class PlaygroundNetwork(nn.Module):"},
            {"keras", "network_keras.py", "keras.layers.Dense("},
            {"java", "PlaygroundNetwork.java", "public static double[] predict(double x, double y)"},
            {"javascript", "network.js", "function predict(x, y)"}};
        for (String[] l : languages) {
            HttpResponse<String> r = server.get("/api/presets/" + trainedId + "/export?lang=" + l[0]);
            assertEquals(200, r.statusCode(), l[0] + ": " + r.body());
            assertEquals("attachment; filename=\"" + l[1] + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
            assertTrue(r.body().contains(l[2]), l[0] + ":\n" + r.body());
        }
    }

    @Test
    void aHeadRequestAnswersAsTheGetWould() {
        RunningServer.RawResponse head = server.raw("HEAD", "/api/presets/" + trainedId + "/export?lang=java");
        assertEquals(200, head.status(), head.head());
        assertTrue(head.hasHeader("Content-Disposition", "attachment; filename=\"PlaygroundNetwork.java\""), head.head());
        assertEquals("", head.body());
    }

    @Test
    void aMissingOrUnknownLanguageIsA400NamingTheLanguages() {
        assertRefused(400, server.get("/api/presets/" + trainedId + "/export"), "lang is missing; use one of numpy, "
                + "pytorch, keras, java, javascript");
        assertRefused(400, server.get("/api/presets/" + trainedId + "/export?lang=cobol"), "lang 'cobol' is not");
    }

    @Test
    void anUnknownIdIsA404() {
        // A well-formed id (12 characters) that nothing is stored under, and one that cannot be an id.
        assertRefused(404, server.get("/api/presets/" + "A".repeat(12) + "/export?lang=numpy"), "No shared preset");
        assertRefused(404, server.get("/api/presets/nonsense/export?lang=numpy"), "No shared preset");
    }

    @Test
    void aPresetSharedWithoutWeightsIsA422() {
        assertRefused(422, server.get("/api/presets/" + untrainedId + "/export?lang=numpy"), "without its trained weights");
    }

    private static String post(String state, String title, String weights) {
        ObjectNode body = StorageApiContract.JSON.createObjectNode().put("state", state).put("title", title);
        if (weights != null) {
            body.put("weights", weights);
        }
        HttpResponse<String> r = server.postJson("/api/presets", body.toString());
        assertEquals(201, r.statusCode(), r.body());
        return json(r).get("id").asText();
    }

    /** The numbers of the bracketed value after {@code start}. */
    private static List<Double> numbersAfter(String text, String start) {
        int at = text.indexOf(start);
        assertTrue(at >= 0, "no " + start + " in\n" + text);
        int open = text.indexOf('[', at);
        int depth = 0;
        int end = open;
        do {
            char ch = text.charAt(end++);
            depth += ch == '[' ? 1 : ch == ']' ? -1 : 0;
        } while (depth > 0);
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.substring(open, end));
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        return numbers;
    }

    private static void assertBitwise(double[] expected, List<Double> found, String what) {
        assertEquals(expected.length, found.size(), what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToLongBits(expected[i] + 0.0), Double.doubleToLongBits(found.get(i) + 0.0),
                    what + "[" + i + "]");
        }
    }
}
