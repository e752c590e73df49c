package backprop.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ApiError}. Refusals keep their 4xx code and
 * message; anything unexpected is logged here and answered with a bare 500, never with
 * a stack trace.
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void addTo(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, ApiErrors::refused);
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
