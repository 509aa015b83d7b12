package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks by score, descending; ties share a rank and the next rank skips (1, 2, 2, 4). */
public final class Ranking {

    private Ranking() {
    }

    /** Ranks of the given scores (already rounded); keys without a score (null) are unranked and left out. */
    public static Map<String, Integer> competitionRanks(Map<String, BigDecimal> scores) {
        List<Map.Entry<String, BigDecimal>> scored = new ArrayList<>(scores.entrySet().stream()
                .filter(e -> e.getValue() != null).toList());
        scored.sort((a, b) -> b.getValue().compareTo(a.getValue()));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            boolean tiesPrevious = i > 0 && scored.get(i).getValue().compareTo(scored.get(i - 1).getValue()) == 0;
            ranks.put(scored.get(i).getKey(), tiesPrevious ? ranks.get(scored.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
