package backprop.server;

import java.nio.charset.StandardCharsets;

/**
 * The embeddable playground, {@code /embed}: the page itself with the class {@code embed} on its
 * body, which the stylesheet turns into a compact layout for an iframe (the output plot, the
 * diagram, play/pause/reset and the learning rate). It is the one answer other sites may frame
 * ({@link SecurityHeaders#allowFraming}); the state comes in the hash, as on {@code /}.
 */
final class EmbedPage {

    static final String PATH = "/embed";
    private static final String BODY = "<body>";
    private static final String EMBED_BODY = "<body class=\"embed\">";

    private EmbedPage() {
    }

    /** {@code page} with its body marked as the embed's; the page must have a plain {@code <body>} tag. */
    static byte[] mark(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int at = html.indexOf(BODY);
        if (at < 0) {
            throw new IllegalStateException("index.html has no plain " + BODY + " tag to mark as the embed's");
        }
        return (html.substring(0, at) + EMBED_BODY + html.substring(at + BODY.length())).getBytes(StandardCharsets.UTF_8);
    }
}
