/**
 * Durable data: the database (its small connection pool and transactions, its reachability and
 * the failure that says it cannot be reached, the SQLite and
 * PostgreSQL dialects, the schema migrations), the stores of shared presets and uploaded
 * datasets, ids derived from content, and the per-client write limit, kept in the database so
 * that it holds across restarts and across every instance behind a load balancer.
 *
 * <p>Knows nothing of HTTP. Uses no other server package.
 */
package backprop.server.store;
