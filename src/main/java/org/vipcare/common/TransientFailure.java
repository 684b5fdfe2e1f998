package org.vipcare.common;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A failure of the database that passes by itself: the same request can succeed a moment later. Told apart from a bug
 * by PostgreSQL's SQLState classes and by the connection pool's own exceptions, anywhere in the cause chain.
 */
public enum TransientFailure {
    /** No connection: refused, lost mid-request, or the server shutting down or starting up. */
    CONNECTION(true),
    /** Every pooled connection was busy for the pool's whole acquisition timeout. */
    POOL_EXHAUSTED(true),
    /** A serializable transaction lost against a concurrent one (40001); nothing was written. */
    SERIALIZATION(false),
    /** PostgreSQL picked this transaction as the victim of a deadlock (40P01); nothing was written. */
    DEADLOCK(false),
    /** A lock or statement waited longer than the database allows (55P03, 57014). */
    TIMEOUT(false);

    /** Whether the database itself is away (an outage), rather than a lost race between two transactions. */
    public final boolean outage;

    TransientFailure(boolean outage) {
        this.outage = outage;
    }

    /** Whether a transaction that failed this way was rolled back whole by PostgreSQL, so running it again is safe. */
    public boolean retriable() {
        return this == SERIALIZATION || this == DEADLOCK;
    }

    public static Optional<TransientFailure> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return Optional.of(CONNECTION);
            }
            if (cause instanceof SQLException sql) {
                Optional<TransientFailure> byState = ofSqlState(sql.getSQLState());
                if (byState.isPresent()) {
                    return byState;
                }
                // Agroal reports a timed-out acquisition as a bare SQLException around a TimeoutException.
                if (sql.getCause() instanceof TimeoutException) {
                    return Optional.of(POOL_EXHAUSTED);
                }
            }
            if (cause instanceof ConnectException || cause instanceof SocketException) {
                return Optional.of(CONNECTION);
            }
        }
        return Optional.empty();
    }

    static Optional<TransientFailure> ofSqlState(String state) {
        if (state == null) {
            return Optional.empty();
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")) {
            return Optional.of(CONNECTION);
        }
        return switch (state) {
            case "40001" -> Optional.of(SERIALIZATION);
            case "40P01" -> Optional.of(DEADLOCK);
            case "55P03", "57014" -> Optional.of(TIMEOUT);
            default -> Optional.empty();
        };
    }
}
