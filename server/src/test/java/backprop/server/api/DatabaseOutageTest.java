package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backprop.server.store.TempDatabase;
import backprop.server.store.TestPostgres;
import backprop.server.store.WriteLimit;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under a running server and comes back: health reports it, data routes answer
 * 503 with a JSON error (never a 500) while it is down, and everything works again once it is
 * back, without restarting the server. Needs the throw-away cluster the tests start.
 */
class DatabaseOutageTest {

    @Test
    void healthAndDataRoutesFollowTheDatabase() {
        assumeTrue(TestPostgres.canRestart() || TestPostgres.required(), "needs the tests' own PostgreSQL");
        assumeTrue(TestPostgres.canRestart(), "BACKPROP_TEST_PG_URL names a server the tests cannot stop");
        try (TempDatabase db = TempDatabase.postgres();
                RunningServer server = RunningServer.on(db.database(), WriteLimit.NONE, Clock.systemUTC())) {
            String id = StorageApiContract.json(server.postJson("/api/presets", "{\"state\":\"dataset=xor\"}"))
                    .get("id").asText();
            HttpResponse<String> up = server.get("/api/health");
            assertEquals(200, up.statusCode());
            assertEquals("ok", StorageApiContract.json(up).get("database").asText());

            TestPostgres.stopForOutage();
            try {
                long start = System.nanoTime();
                HttpResponse<String> down = server.get("/api/health");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, down.statusCode(), down.body());
                assertEquals("unavailable", StorageApiContract.json(down).get("status").asText());
                assertEquals("unreachable", StorageApiContract.json(down).get("database").asText());
                assertTrue(millis < 5_000, "health took " + millis + " ms with the database down");

                for (HttpResponse<String> r : java.util.List.of(server.get("/api/presets/" + id),
                        server.get("/api/datasets"),
                        server.postJson("/api/presets", "{\"state\":\"dataset=moons\"}"),
                        server.postCsv("/api/datasets?name=a", StorageApiContract.XOR_CSV))) {
                    StorageApiContract.assertRefused(503, r, "database cannot be reached");
                    assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
                }
            } finally {
                TestPostgres.startAgain();
            }

            assertEquals(200, server.get("/api/health").statusCode());
            assertEquals(200, server.get("/api/presets/" + id).statusCode());
            assertEquals(201, server.postJson("/api/presets", "{\"state\":\"dataset=moons\"}").statusCode());
        }
    }
}
