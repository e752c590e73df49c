package backprop.server;

import backprop.server.api.Api;
import backprop.server.api.ApiErrors;
import backprop.server.api.BuildInfo;
import backprop.server.api.CodeExportApi;
import backprop.server.api.DatasetsApi;
import backprop.server.api.DigitsData;
import backprop.server.api.Gallery;
import backprop.server.api.Encodings;
import backprop.server.api.GalleryApi;
import backprop.server.api.HealthApi;
import backprop.server.api.ShareLinkRules;
import backprop.server.api.ShareLinksApi;
import backprop.server.api.UploadGate;
import backprop.server.store.Database;
import backprop.server.store.DatasetStore;
import backprop.server.store.ShareLinkStore;
import backprop.server.store.WriteLimit;
import backprop.server.store.WriteLimiter;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;

/**
 * The Javalin app: the page's files, the JSON API under {@code /api}, security headers on
 * every response and JSON errors. Dependencies come in through the constructor so tests
 * build the same app with their own.
 */
public final class PlaygroundServer {

    /** The longest a health check waits for the database. */
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final Javalin app;

    public PlaygroundServer(WebRoot webRoot, List<Api> apis) {
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorPage()));
            webRoot.addTo(cfg.staticFiles);
            PerfFiles.addTo(cfg.staticFiles);
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
            cfg.routes.before("/api/*", Encodings::checkQuery);
            webRoot.addCompressedTo(cfg.routes);
            webRoot.addEmbedTo(cfg.routes);
            apis.forEach(api -> api.addRoutes(cfg.routes));
            ApiErrors.addTo(cfg.routes);
        });
    }

    /** The app as it runs in production: the page's files, every API, storage in {@code db}. */
    public static PlaygroundServer standard(WebRoot webRoot, Database db, WriteLimit limit) {
        return standard(webRoot, db, limit, Clock.systemUTC());
    }

    public static PlaygroundServer standard(WebRoot webRoot, Database db, WriteLimit limit, Clock clock) {
        return standard(webRoot, db, limit, clock, UploadGate.standard());
    }

    /** {@code uploads} bounds the request bodies read at once, for every API that reads one. */
    public static PlaygroundServer standard(WebRoot webRoot, Database db, WriteLimit limit, Clock clock,
            UploadGate uploads) {
        WriteLimiter limiter = new WriteLimiter(limit);
        DatasetStore datasets = new DatasetStore(db, limiter, clock);
        ShareLinkStore presets = new ShareLinkStore(db, limiter, clock);
        ShareLinkRules rules = new ShareLinkRules(datasets::classesOf);
        return new PlaygroundServer(webRoot, List.of(
                new HealthApi(BuildInfo.load(), () -> db.isReachable(HEALTH_TIMEOUT_SECONDS)),
                new ShareLinksApi(presets, rules, webRoot::indexHtml, uploads),
                new CodeExportApi(presets, rules),
                new DatasetsApi(datasets, uploads),
                new GalleryApi(Gallery.load()),
                DigitsData.classpath()));
    }

    public Javalin app() {
        return app;
    }

    public PlaygroundServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
