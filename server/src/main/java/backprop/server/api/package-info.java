/**
 * The HTTP API under {@code /api}, with the share-link page {@code /p/{id}} and the digits file
 * under {@code /data}: one handler per group of endpoints; strict reading of request bodies and
 * short texts; the checks a shared preset must pass (with the engine's own codec) and the reading
 * of an uploaded CSV dataset (cells read by Jackson's CSV parser); the curated gallery and the build facts that endpoints report; who
 * the client is and how a client over its write limit is answered; and the JSON body of every
 * refusal.
 *
 * <p>Uses {@link backprop.server.store} for everything durable. Never uses the root package
 * {@code backprop.server}: what it needs from there (the page's {@code index.html}) is handed in.
 */
package backprop.server.api;
