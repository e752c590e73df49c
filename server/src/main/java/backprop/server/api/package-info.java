/**
 * The HTTP API under {@code /api}, with the share-link page {@code /p/{id}} and the digits file
 * under {@code /data}: one handler per group of endpoints, each GET route also answering HEAD;
 * strict reading of request bodies (as they arrive, within a gate that bounds the uploads and
 * bytes in flight and times out stalled clients), of query strings and of short texts; the checks
 * a shared preset must pass (with the engine's own codec) and the reading of an uploaded CSV
 * dataset (cells read by Jackson's CSV parser); a shared trained network written out as code (the
 * engine's export); the curated gallery and the build facts that
 * endpoints report; who the client is and how a client over its write limit is answered; the
 * health check (with the database's); and the JSON body of every refusal (a database that cannot
 * be reached is a 503).
 *
 * <p>Uses {@link backprop.server.store} for everything durable. Never uses the root package
 * {@code backprop.server}: what it needs from there (the page's {@code index.html}) is handed in.
 */
package backprop.server.api;
