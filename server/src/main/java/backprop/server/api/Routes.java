package backprop.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Adding routes the same way for every API. Javalin answers a HEAD for a GET route with an empty
 * 200 without running the handler; a HEAD must answer what the GET would (status and headers),
 * so each GET route is also added as a HEAD route with the same handler, and Jetty leaves out
 * the body.
 */
public final class Routes {

    private Routes() {
    }

    public static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
