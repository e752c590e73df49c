package backprop.server.api;

import backprop.server.store.IdCollision;
import backprop.server.store.WriteLimiter;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;

/** Who is asking, and how to answer a client that hit the write limit. */
final class Clients {

    /** The longest client key stored (an IPv6 address with zone fits). */
    private static final int MAX_KEY = 64;

    /** A write made on behalf of one client. */
    @FunctionalInterface
    interface Write<T> {
        T run(String client) throws SQLException;
    }

    private Clients() {
    }

    /**
     * Runs a write for the requesting client; a client over its limit gets a 429 with
     * {@code Retry-After} in seconds. The client is the connection's remote address.
     */
    static <T> T limited(Context ctx, Write<T> write) throws SQLException {
        String client = ctx.ip();
        if (client == null || client.isEmpty()) {
            client = "unknown";
        }
        client = client.length() > MAX_KEY ? client.substring(0, MAX_KEY) : client;
        try {
            return write.run(client);
        } catch (IdCollision e) {
            throw new io.javalin.http.ConflictResponse("Another item already has this content's id; change the"
                    + " content slightly (e.g. the title or name) and try again");
        } catch (WriteLimiter.LimitReached e) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
                    "Too many writes from your address; try again in " + e.retryAfterSeconds + " s");
        }
    }

    static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** A client's text in a message, cut short. */
    static String preview(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
