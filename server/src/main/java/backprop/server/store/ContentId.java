package backprop.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Ids derived from content: the same content always gets the same id, on every instance,
 * without asking the database. SHA-256 over the parts (each prefixed by its length, so that
 * ("ab", "c") and ("a", "bc") differ), in URL-safe base64, cut to {@link #LENGTH} characters:
 * 72 bits, so a collision is not expected before about 10^10 stored items.
 */
public final class ContentId {

    static final int LENGTH = 12;

    private ContentId() {
    }

    public static String of(String kind, String... parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        update(sha, kind);
        for (String part : parts) {
            update(sha, part == null ? "" : part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, LENGTH);
    }

    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    /** Whether {@code s} has the form of an id (so a lookup is worth a query). */
    public static boolean looksLikeId(String s) {
        if (s == null || s.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
