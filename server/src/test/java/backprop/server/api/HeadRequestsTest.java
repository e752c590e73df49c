package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A HEAD answers what the GET would, status and headers, without the body. */
class HeadRequestsTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @ParameterizedTest
    @ValueSource(strings = {"/api/presets/AAAAAAAAAAAA", "/api/datasets/unknown", "/api/datasets/AAAAAAAAAAAA",
        "/p/AAAAAAAAAAAA", "/api/health", "/api/gallery", "/api/datasets", "/api/digits", "/", "/nothing/here"})
    void headAnswersWhatGetWould(String path) {
        HttpResponse<String> get = server.get(path);
        RunningServer.RawResponse head = server.raw("HEAD", path);

        assertEquals(get.statusCode(), head.status(), path);
        String type = get.headers().firstValue("Content-Type").orElse("");
        assertTrue(head.hasHeader("Content-Type", type), path + " HEAD has no Content-Type " + type + ":\n" + head.head());
        assertEquals("", head.body(), "a HEAD has no body");
    }
}
