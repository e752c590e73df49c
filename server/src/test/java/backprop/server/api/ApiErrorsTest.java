package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.server.WebRoot;
import io.javalin.http.BadRequestResponse;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    private static RunningServer server;

    /** Endpoints that fail on purpose, the way real handlers will. */
    private static final Api FAILING = routes -> {
        routes.get("/api/test/refuse", ctx -> {
            throw new BadRequestResponse("learningRate must be between 0 and 10");
        });
        routes.get("/api/test/crash", ctx -> {
            throw new IllegalStateException("secret internal state at /srv/db");
        });
    };

    @BeforeAll
    static void start() {
        server = RunningServer.with(WebRoot.classpath(), FAILING);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownApiPathIsAJson404() {
        HttpResponse<String> r = server.get("/api/does-not-exist");
        assertEquals(404, r.statusCode());
        assertJson(r);
        assertTrue(r.body().startsWith("{\"error\":\"Not Found\",\"detail\":\""), r.body());
        assertTrue(r.body().contains("/api/does-not-exist"), r.body());
    }

    @Test
    void aWrongMethodIsAJson404() {
        HttpResponse<String> r = server.post("/api/health", "{}");
        assertEquals(404, r.statusCode());
        assertJson(r);
    }

    @Test
    void aRefusalKeepsItsCodeAndItsMessage() {
        HttpResponse<String> r = server.get("/api/test/refuse");
        assertEquals(400, r.statusCode());
        assertJson(r);
        assertEquals("{\"error\":\"Bad Request\",\"detail\":\"learningRate must be between 0 and 10\"}", r.body());
    }

    @Test
    void aCrashIsAJson500WithoutDetailsOrStackTrace() {
        HttpResponse<String> r = server.get("/api/test/crash");
        assertEquals(500, r.statusCode());
        assertJson(r);
        assertTrue(r.body().startsWith("{\"error\":\"Internal Server Error\""), r.body());
        assertFalse(r.body().contains("secret"), r.body());
        assertFalse(r.body().contains("IllegalStateException"), r.body());
        assertFalse(r.body().contains("at backprop."), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    private static void assertJson(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "Content-Type of " + r.uri());
    }
}
