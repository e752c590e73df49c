package backprop.server.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The JDBC database behind the server: SQLite by default, PostgreSQL for several instances.
 * Every unit of work runs in its own transaction on a pooled connection; a failure rolls the
 * whole unit back. Opening applies the pending migrations.
 */
public final class Database implements AutoCloseable {

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int POOL_SIZE = 8;
    private static final int WAIT_SECONDS = 30;

    private final String url;
    private final Dialect dialect;
    private final Properties properties;
    private final Semaphore permits = new Semaphore(POOL_SIZE, true);
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private Database(String url) {
        this.url = url;
        this.dialect = Dialect.of(url);
        this.properties = dialect.connectionProperties();
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @throws IllegalArgumentException for a URL of an unsupported database
     * @throws SQLException             when the database cannot be reached or a migration fails
     */
    public static Database open(String jdbcUrl) throws SQLException {
        Database db = new Database(jdbcUrl);
        try {
            Migrations.standard().apply(db);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The URL without a password, for logs. */
    public String describe() {
        return Dialect.redact(url);
    }

    /**
     * Runs {@code work} in one write transaction: committed when it returns, rolled back when
     * it throws. Write transactions take the database's write lock first where that is how the
     * database serializes writers (SQLite).
     */
    public <T> T write(Work<T> work) throws SQLException {
        return transaction(work, true);
    }

    /** Runs {@code work} in one transaction that only reads (a consistent view of the data). */
    public <T> T read(Work<T> work) throws SQLException {
        return transaction(work, false);
    }

    /**
     * True when the database answers a trivial query within {@code timeoutSeconds} (also the
     * longest wait for a pooled connection): what a health check needs to know.
     */
    public boolean isReachable(int timeoutSeconds) {
        try {
            return transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.setQueryTimeout(timeoutSeconds);
                    s.execute("SELECT 1");
                }
                return true;
            }, false, timeoutSeconds);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private <T> T transaction(Work<T> work, boolean write) throws SQLException {
        return transaction(work, write, WAIT_SECONDS);
    }

    /**
     * Runs {@code work} on a pooled connection; a connection that fails (rather than a statement)
     * is thrown as {@link DatabaseUnavailable}.
     */
    private <T> T transaction(Work<T> work, boolean write, int waitSeconds) throws SQLException {
        Connection c = borrow(waitSeconds);
        boolean healthy = false;
        try {
            try {
                dialect.begin(c, write);
                T result = work.run(c);
                dialect.commit(c);
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                healthy = !c.isClosed();
                if (e instanceof SQLException sql && DatabaseUnavailable.isConnectionFailure(sql)) {
                    healthy = false;
                    throw new DatabaseUnavailable("the database connection failed: " + sql.getMessage(), sql);
                }
                throw e;
            }
        } finally {
            giveBack(c, healthy);
        }
    }

    private Connection borrow(int waitSeconds) throws SQLException {
        try {
            if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new DatabaseUnavailable("no database connection free after " + waitSeconds + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        try {
            Connection c;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the database is closed");
                }
                c = idle.pollFirst();
            }
            if (c != null && !c.isValid(2)) {
                closeQuietly(c);
                c = null;
            }
            if (c == null) {
                c = connect();
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            if (e.getSQLState() == null || DatabaseUnavailable.isConnectionFailure(e)) {
                throw new DatabaseUnavailable("cannot connect to the database: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        boolean keep;
        synchronized (this) {
            keep = healthy && !closed;
            if (keep) {
                idle.addFirst(c);
            }
        }
        if (!keep) {
            closeQuietly(c);
        }
        permits.release();
    }

    private void rollbackQuietly(Connection c, Exception cause) {
        try {
            dialect.rollback(c);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The connection is discarded either way.
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
    }
}
