package org.credalign.attainment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RowLimitTest {

    @Test
    void rowsUpToTheLimitPassAndTheNextOneIsAWellFormedRejectionNamingTheLimit() {
        RowLimit limit = new RowLimit(3);
        for (int line = 2; line <= 4; line++) {
            limit.count(RawRow.of(line, Map.of()));
        }
        UnreadableBodyException e = assertThrows(UnreadableBodyException.class,
                () -> limit.count(RawRow.of(5, Map.of())));
        assertEquals(5, e.row());
        assertTrue(e.wellFormed(), "too many rows is invalid (422), not unparseable (400)");
        assertTrue(e.getMessage().contains("more than 3 rows") && e.getMessage().contains("max-rows"),
                e.getMessage());
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new RowLimit(0));
    }
}
