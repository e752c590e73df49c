package backprop.server;

import backprop.server.api.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty refuses some requests before Javalin sees them (ambiguous or traversing paths such
 * as {@code /../x} or {@code /%2e%2e/x}, NUL bytes). Jetty's own page is HTML without our
 * headers; this one answers with the same JSON {@link ApiError} and security headers as the
 * rest of the app, and never with a stack trace or an exception's text on a 5xx. Refusals of a
 * client's mistakes are logged at debug only.
 */
final class JettyErrorPage extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(JettyErrorPage.class);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int code = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) {
            code = e.getCode();
            response.setStatus(code);
            message = message != null ? message : e.getReason();
        }
        if (code < 500) {
            // A client's mistake (a malformed path, Host or request line): worth a line when debugging, no more.
            LOG.debug("Refused {} {}: {} {}", request.getMethod(), request.getHttpURI(), code, message);
        }
        SecurityHeaders.ALL.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpStatus.hasNoBody(code) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
        return true;
    }

    private static byte[] body(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String detail;
        if (code >= 500) {
            detail = "The server could not answer this request.";
        } else if (message != null && !message.isBlank() && !message.equals(reason)) {
            detail = "The request was refused: " + message;
        } else {
            detail = "The request was refused; a path may not contain '..', encoded dots, slashes or NUL bytes.";
        }
        try {
            return JSON.writeValueAsBytes(new ApiError(reason, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
