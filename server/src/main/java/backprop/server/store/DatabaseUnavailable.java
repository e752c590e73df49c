package backprop.server.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached right now: it refused or dropped the connection, is shutting
 * down, or no pooled connection came free in time. Unlike a statement that fails, this passes
 * when the database is back; nothing of the unit of work was committed.
 */
public final class DatabaseUnavailable extends SQLException {

    DatabaseUnavailable(String message, Throwable cause) {
        super(message, "08000", cause);
    }

    /**
     * True for failures of the connection rather than of the statement: SQLState class 08
     * (connection exception) or 57P (PostgreSQL's shutdown and cannot-connect-now), or a JDBC
     * connection or recoverable exception.
     */
    static boolean isConnectionFailure(SQLException e) {
        if (e instanceof DatabaseUnavailable || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
