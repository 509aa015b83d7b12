package org.credalign.attainment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return counts;
    }

    /** subgroup=shown count, or subgroup~reason when withheld. */
    private static List<String> view(Map<String, Integer> counts) {
        return SmallCellSuppression.apply(counts, 10).stream()
                .map(c -> c.withheld() == null ? c.subgroup() + "=" + c.earned() : c.subgroup() + "~" + c.withheld())
                .toList();
    }

    @Test
    void largeCellsAndZerosAreShownAndAllIsNeverWithheld() {
        assertEquals(List.of("ALL=5", "SEX:F=0", "SEX:M=0"), view(counts("ALL", 5, "SEX:F", 0, "SEX:M", 0)));
        assertEquals(List.of("ALL=3"), view(counts("ALL", 3)));
        assertEquals(List.of("ALL=40", "SEX:F=10", "SEX:M=30"), view(counts("ALL", 40, "SEX:F", 10, "SEX:M", 30)));
    }

    @Test
    void aSingleSmallCellTakesTheNextSmallestWithIt() {
        // Naive output would show ALL=24 and M=20, so F = 24 - 20 = 4 would be revealed.
        assertEquals(List.of("ALL=24", "SEX:F~SMALL_CELL", "SEX:M~COMPLEMENTARY"),
                view(counts("ALL", 24, "SEX:F", 4, "SEX:M", 20)));
        // Three cells: the smallest other nonzero cell (X=12) is withheld, M stays visible; zeros don't count.
        assertEquals(List.of("ALL=62", "SEX:F~SMALL_CELL", "SEX:M=47", "SEX:X~COMPLEMENTARY"),
                view(counts("ALL", 62, "SEX:F", 3, "SEX:M", 47, "SEX:X", 12)));
    }

    @Test
    void aLoneNonzeroSmallCellHidesTheWholeDimensionZerosIncluded() {
        // ALL=3 with ASIAN=3 and every other race 0: showing the zeros would reveal ASIAN = ALL.
        assertEquals(List.of("ALL=3", "RACE:ASIAN~SMALL_CELL", "RACE:BLACK~COMPLEMENTARY", "RACE:WHITE~COMPLEMENTARY"),
                view(counts("ALL", 3, "RACE:ASIAN", 3, "RACE:BLACK", 0, "RACE:WHITE", 0)));
    }

    @Test
    void twoSmallCellsProtectEachOtherAndDimensionsAreIndependent() {
        assertEquals(List.of("ALL=37", "SEX:F~SMALL_CELL", "SEX:M~SMALL_CELL", "SEX:X=30", "ECON:DISADVANTAGED=20",
                        "ECON:NOT_DISADVANTAGED=17", "SWD~SMALL_CELL", "EL=0"),
                view(counts("ALL", 37, "SEX:F", 3, "SEX:M", 4, "SEX:X", 30, "ECON:DISADVANTAGED", 20,
                        "ECON:NOT_DISADVANTAGED", 17, "SWD", 2, "EL", 0)));
    }

    @Test
    void tiesForTheComplementaryCellGoToTheFirstInSubgroupOrder() {
        assertEquals(List.of("ALL=55", "RACE:ASIAN~COMPLEMENTARY", "RACE:BLACK~SMALL_CELL", "RACE:HISPANIC=25"),
                view(counts("ALL", 55, "RACE:HISPANIC", 25, "RACE:ASIAN", 25, "RACE:BLACK", 5)));
    }
}
