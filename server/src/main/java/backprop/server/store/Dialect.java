package backprop.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What differs between the two databases the server runs on. The schema and the queries
 * are the same plain SQL for both; only connection settings and locks differ.
 */
public enum Dialect {
    /**
     * The embedded default. WAL lets readers run beside the one writer; {@code synchronous=FULL}
     * makes a commit survive a power cut, not only a killed process.
     *
     * <p>Transactions are begun by hand: a write transaction is {@code BEGIN IMMEDIATE}, which
     * takes the write lock at once, so concurrent writers queue (up to the busy timeout) instead
     * of failing when a read lock cannot be upgraded. (The driver's own transaction mode would
     * begin the next transaction right after each commit, so an idle pooled connection would
     * hold the write lock.)
     */
    SQLITE {
        @Override
        Properties connectionProperties() {
            Properties p = new Properties();
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("busy_timeout", "10000");
            return p;
        }

        @Override
        void begin(Connection c, boolean write) throws SQLException {
            c.setAutoCommit(true);
            execute(c, write ? "BEGIN IMMEDIATE" : "BEGIN");
        }

        @Override
        void commit(Connection c) throws SQLException {
            execute(c, "COMMIT");
        }

        @Override
        void rollback(Connection c) throws SQLException {
            execute(c, "ROLLBACK");
        }

        @Override
        void lockForMigration(Connection c) {
            // An IMMEDIATE transaction already holds the database's write lock.
        }

        @Override
        void lockClient(Connection c, String client) {
            // Writers are serialized by the write lock taken at BEGIN IMMEDIATE.
        }
    },

    /** For several server instances: they share the database, so locks span instances. */
    POSTGRESQL {
        @Override
        Properties connectionProperties() {
            Properties p = new Properties();
            p.setProperty("connectTimeout", "10");
            p.setProperty("ApplicationName", "backprop-playground");
            return p;
        }

        @Override
        void begin(Connection c, boolean write) throws SQLException {
            c.setAutoCommit(false);
        }

        @Override
        void commit(Connection c) throws SQLException {
            c.commit();
        }

        @Override
        void rollback(Connection c) throws SQLException {
            c.rollback();
        }

        @Override
        void lockForMigration(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
        }

        @Override
        void lockClient(Connection c, String client) throws SQLException {
            // Two instances counting the same client's writes at once would both see room left.
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                s.setInt(1, CLIENT_LOCK_SPACE);
                s.setInt(2, client.hashCode());
                s.execute();
            }
        }
    };

    private static final long MIGRATION_LOCK = 0x6261636B70726F70L; // "backprop"
    private static final int CLIENT_LOCK_SPACE = 0x62707277; // "bprw"

    abstract Properties connectionProperties();

    abstract void begin(Connection c, boolean write) throws SQLException;

    abstract void commit(Connection c) throws SQLException;

    abstract void rollback(Connection c) throws SQLException;

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Makes concurrent starts of several instances apply each migration once, one after the other. */
    abstract void lockForMigration(Connection c) throws SQLException;

    /** Serializes, until the transaction ends, the writes of one client across instances. */
    abstract void lockClient(Connection c, String client) throws SQLException;

    /** The dialect of a JDBC URL, or an exception saying which URLs are supported. */
    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("--db must start with jdbc:sqlite: or jdbc:postgresql:, not '"
                + redact(jdbcUrl) + "'");
    }

    /** A URL for messages: a password given in it is not repeated. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }
}
