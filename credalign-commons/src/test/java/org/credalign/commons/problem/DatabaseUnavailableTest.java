package org.credalign.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainAreUnavailability() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("terminating connection due to administrator command",
                        "57P01")))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(new SQLTransientConnectionException("pool"))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.isCause(new NullPointerException()));
    }

    @Test
    void theAnswerIs503ProblemJsonWithRetryAfter() {
        var response = DatabaseUnavailable.response(null);
        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS),
                String.valueOf(response.getHeaders().getFirst("Retry-After")));
        assertEquals(Problem.MEDIA_TYPE, String.valueOf(response.getMediaType()));
    }
}
