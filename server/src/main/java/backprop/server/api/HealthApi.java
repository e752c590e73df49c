package backprop.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /api/health}: whether the server can do its work, and which build it is. The
 * database is part of the answer (a trivial query, so the check stays cheap): while it cannot be
 * reached the answer is a 503 with {@code "status":"unavailable"}, so a load balancer takes this
 * instance out until the database is back.
 */
public final class HealthApi implements Api {

    /** {@code database} is "ok" or "unreachable"; {@code status} is "ok" only when everything is. */
    public record Health(String status, String version, String database) {
    }

    private final BuildInfo build;
    private final BooleanSupplier databaseReachable;

    public HealthApi(BuildInfo build, BooleanSupplier databaseReachable) {
        this.build = build;
        this.databaseReachable = databaseReachable;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        Routes.getAndHead(routes, "/api/health", this::health);
    }

    private void health(Context ctx) {
        if (databaseReachable.getAsBoolean()) {
            ctx.json(new Health("ok", build.version(), "ok"));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Health("unavailable", build.version(), "unreachable"));
        }
    }
}
