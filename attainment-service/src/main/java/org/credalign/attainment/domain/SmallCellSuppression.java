package org.credalign.attainment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Privacy rule for public outputs (METHODOLOGY.md "Privacy"), applied to the subgroup counts of one credential,
 * level and year. Subgroup counts from 1 to {@code minCellSize − 1} are withheld ({@code SMALL_CELL}); zeros are
 * shown; ALL is never withheld. Within one dimension (SEX, RACE, ECON; SWD and EL are one-cell dimensions), when
 * exactly one nonzero cell is withheld, the next smallest nonzero cell is withheld too ({@code COMPLEMENTARY}) so
 * that ALL minus the shown cells does not give the hidden one away; when there is no other nonzero cell, every
 * cell of the dimension is withheld (otherwise ALL minus the shown zeros would reveal it).
 */
public final class SmallCellSuppression {

    public static final String SMALL_CELL = "SMALL_CELL";
    public static final String COMPLEMENTARY = "COMPLEMENTARY";

    /** A public cell: {@code earned} is null exactly when {@code withheld} gives the reason. */
    public record Cell(String subgroup, Integer earned, String withheld) {
    }

    private SmallCellSuppression() {
    }

    /**
     * @param counts subgroup code → unsuppressed count, only the subgroups reported (absent = no data)
     * @return the same subgroups in {@link Subgroups#ORDERED} order, each shown or withheld with its reason
     */
    public static List<Cell> apply(Map<String, Integer> counts, int minCellSize) {
        Map<String, String> withheld = new LinkedHashMap<>();
        Map<String, List<String>> byDimension = new LinkedHashMap<>();
        for (String subgroup : Subgroups.ORDERED) {
            if (counts.containsKey(subgroup) && Subgroups.dimension(subgroup) != null) {
                byDimension.computeIfAbsent(Subgroups.dimension(subgroup), d -> new ArrayList<>()).add(subgroup);
            }
        }
        byDimension.values().forEach(cells -> suppressDimension(cells, counts, minCellSize, withheld));
        List<Cell> result = new ArrayList<>();
        for (String subgroup : Subgroups.ORDERED) {
            if (counts.containsKey(subgroup)) {
                String reason = withheld.get(subgroup);
                result.add(new Cell(subgroup, reason == null ? counts.get(subgroup) : null, reason));
            }
        }
        return result;
    }

    private static void suppressDimension(List<String> cells, Map<String, Integer> counts, int minCellSize,
            Map<String, String> withheld) {
        List<String> small = cells.stream().filter(s -> isSmall(counts.get(s), minCellSize)).toList();
        small.forEach(s -> withheld.put(s, SMALL_CELL));
        if (small.size() != 1) {
            return;
        }
        // Ties go to the first in the fixed subgroup order, so the choice is stable from one request to the next.
        cells.stream().filter(s -> !withheld.containsKey(s) && counts.get(s) > 0)
                .min(Comparator.comparingInt((String s) -> counts.get(s)).thenComparingInt(Subgroups::index))
                .ifPresentOrElse(next -> withheld.put(next, COMPLEMENTARY),
                        () -> cells.forEach(s -> withheld.putIfAbsent(s, COMPLEMENTARY)));
    }

    private static boolean isSmall(int count, int minCellSize) {
        return count >= 1 && count < minCellSize;
    }
}
