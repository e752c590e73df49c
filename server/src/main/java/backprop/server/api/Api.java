package backprop.server.api;

import io.javalin.config.RoutesConfig;

/** One group of JSON endpoints under {@code /api}; each adds its routes to the app. */
@FunctionalInterface
public interface Api {
    void addRoutes(RoutesConfig routes);
}
