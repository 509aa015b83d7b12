package org.credalign.alignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LevelTotalsTest {

    @Test
    void onlyTheAllSubgroupCountsTowardsTheTotals() {
        LevelTotals totals = LevelTotals.NONE
                .plus("SECONDARY", "ALL", 120)
                .plus("SECONDARY", "SEX:F", 31)
                .plus("POSTSECONDARY", "ALL", 7)
                .plus("POSTSECONDARY", "EL", 2);
        assertEquals(new LevelTotals(120, 7), totals);
        assertEquals(127, totals.total());
    }

    @Test
    void anUnknownLevelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LevelTotals.NONE.plus("MIDDLE", "ALL", 1));
    }
}
