package org.credalign.commons.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

/**
 * A request that failed because the database could not be reached (it is restarting, the network is cut, the pool
 * cannot open a connection) is the server's temporary state, not a bug: 503 with Retry-After, so clients and load
 * balancers back off and retry instead of seeing a storm of 500s. The readiness check says DOWN meanwhile.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying; about how long a PostgreSQL restart or fail-over takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATE class 08 (connection exception) plus the operator-intervention states a restarting server sends:
     * admin_shutdown, crash_shutdown, cannot_connect_now.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** True when the failure, or anything that caused it, says the database connection is unavailable. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().startsWith("Acquisition timeout")) {
                return true; // the pool's own message when no connection can be opened in time
            }
        }
        return false;
    }

    static Response response(UriInfo uri) {
        return Response.fromResponse(ProblemExceptionMappers.respond(503, "service-unavailable",
                        "Service temporarily unavailable",
                        "the database cannot be reached right now; retry after " + RETRY_AFTER_SECONDS
                                + " seconds",
                        uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
