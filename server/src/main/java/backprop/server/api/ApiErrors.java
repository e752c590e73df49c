package backprop.server.api;

import backprop.server.store.DatabaseUnavailable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ApiError}. Refusals keep their 4xx code and
 * message; a database that cannot be reached is a 503 to retry later; anything unexpected is logged here and answered with a bare 500, never with
 * a stack trace.
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** Seconds a client should wait before retrying while the database is down. */
    static final int DATABASE_RETRY_SECONDS = 5;

    private ApiErrors() {
    }

    public static void addTo(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, ApiErrors::refused);
        routes.exception(DatabaseUnavailable.class, ApiErrors::databaseDown);
        routes.exception(Exception.class, ApiErrors::unexpected);
        routes.error(HttpStatus.NOT_FOUND, ApiErrors::notFound);
    }

    private static void refused(HttpResponseException e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        if (e.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.getCode() && ctx.res().getHeader("Retry-After") == null) {
            ctx.header("Retry-After", Integer.toString(UploadGate.RETRY_AFTER_SECONDS));
        }
        ctx.status(e.getStatus()).json(new ApiError(status.getMessage(), e.getMessage()));
    }

    /** A passing condition, not a bug: a 503 the client may retry, and one line in the log. */
    private static void databaseDown(DatabaseUnavailable e, Context ctx) {
        LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", Integer.toString(DATABASE_RETRY_SECONDS));
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new ApiError("Service Unavailable",
                "The database cannot be reached right now; try again in " + DATABASE_RETRY_SECONDS + " s"));
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .json(new ApiError("Internal Server Error", "The server failed to answer; the error is logged."));
    }

    /** Only fills in a body when the handler left none (static misses, unknown paths). */
    private static void notFound(Context ctx) {
        if (ctx.resultInputStream() == null) {
            ctx.json(new ApiError("Not Found", "Nothing is served at " + ctx.path()));
        }
    }
}
