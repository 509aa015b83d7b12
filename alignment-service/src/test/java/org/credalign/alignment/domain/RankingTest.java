package org.credalign.alignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Map<String, BigDecimal> scores = new HashMap<>();
        scores.put("NJ", new BigDecimal("80.00"));
        scores.put("OH", new BigDecimal("70.50"));
        scores.put("CO", new BigDecimal("70.5"));  // same value, other scale
        scores.put("TX", new BigDecimal("60.00"));
        scores.put("VT", null);                     // NO_DATA: unranked
        Map<String, Integer> ranks = Ranking.competitionRanks(scores);
        assertEquals(Map.of("NJ", 1, "OH", 2, "CO", 2, "TX", 4), ranks);
    }
}
