package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthApiTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void answersOkTheProjectVersionAndTheDatabase() {
        // Surefire passes the POM's version in, so this checks the filtered resource against the POM.
        String pomVersion = System.getProperty("project.version");
        assertTrue(pomVersion != null && !pomVersion.isBlank(), "surefire must set project.version");

        HttpResponse<String> r = server.get("/api/health");

        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("{\"status\":\"ok\",\"version\":\"" + pomVersion + "\",\"database\":\"ok\"}", r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }
}
