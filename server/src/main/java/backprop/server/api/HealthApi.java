package backprop.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /api/health}: the server is up, and which build it is. */
public final class HealthApi implements Api {

    public record Health(String status, String version) {
    }

    private final BuildInfo build;

    public HealthApi(BuildInfo build) {
        this.build = build;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/health", this::health);
    }

    private void health(Context ctx) {
        ctx.json(new Health("ok", build.version()));
    }
}
