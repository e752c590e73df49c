package backprop.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers set on every response: static files, API answers and errors alike.
 *
 * <p>The CSP allows scripts from this origin only. {@code 'wasm-unsafe-eval'} lets the
 * page compile the WebAssembly build, and {@code 'unsafe-eval'} is needed because TeaVM's
 * Wasm GC runtime glue builds functions with {@code new Function(...)} (TOOLCHAIN.md,
 * pitfall 10). There is no {@code 'unsafe-inline'}: every script and style lives in a file.
 *
 * <p>No other site may frame an answer ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}),
 * except the embeddable playground {@code /embed}, which {@link #allowFraming} opens to every site.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = policy("frame-ancestors 'none'");

    /** The policy of {@code /embed}: the same, but any page may frame it. */
    public static final String FRAMABLE_CONTENT_SECURITY_POLICY = policy("frame-ancestors *");

    /** Only features Chromium knows, so the header never logs console warnings. */
    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", PERMISSIONS_POLICY);

    private SecurityHeaders() {
    }

    private static String policy(String frameAncestors) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
                "style-src 'self'",
                "img-src 'self' data: blob:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                frameAncestors,
                "form-action 'self'");
    }

    public static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }

    /**
     * Lets any site frame this answer: the CSP's {@code frame-ancestors *} replaces {@code 'none'},
     * and {@code X-Frame-Options} goes (it knows no "any site", and a browser obeys either header).
     */
    static void allowFraming(Context ctx) {
        ctx.header("Content-Security-Policy", FRAMABLE_CONTENT_SECURITY_POLICY);
        ctx.res().setHeader("X-Frame-Options", null);
    }
}
