package backprop.server.api;

import io.javalin.http.Context;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * How long one blocking read of a request body may wait for the client: the idle timeout of the
 * request's Jetty connection, shortened while a body is read and put back afterwards (the same
 * connection may stay open for the client's next request). A read that waits longer fails with
 * an {@link java.io.IOException} caused by a {@link TimeoutException}.
 */
final class ReadTimeout {

    /** Where the connection is not Jetty's (no endpoint to set), reads keep the server's idle timeout. */
    private static final ReadTimeout NONE = new ReadTimeout(null);

    private final EndPoint endPoint;
    private final long before;

    private ReadTimeout(EndPoint endPoint) {
        this.endPoint = endPoint;
        this.before = endPoint == null ? 0 : endPoint.getIdleTimeout();
    }

    static ReadTimeout of(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) {
            return NONE;
        }
        return new ReadTimeout(request.getConnectionMetaData().getConnection().getEndPoint());
    }

    /** The next read fails after {@code millis} without data. */
    void set(long millis) {
        if (endPoint != null) {
            endPoint.setIdleTimeout(Math.max(1, millis));
        }
    }

    void restore() {
        if (endPoint != null) {
            endPoint.setIdleTimeout(before);
        }
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
