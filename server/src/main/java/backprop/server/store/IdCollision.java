package backprop.server.store;

/**
 * Two different contents hashed to one id. Refused rather than overwritten; with 72-bit ids
 * this is not expected to happen, but stored content must never change under its id.
 */
public final class IdCollision extends RuntimeException {
    IdCollision(String id) {
        super("id " + id + " already names different content", null, false, false);
    }
}
