package org.credalign.attainment.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Student subgroup codes (API.md "Submission and import conventions"); ALL is required for every credential. */
public final class Subgroups {

    public static final String ALL = "ALL";

    /** Every code in a fixed order (ALL first, then dimension by dimension): array index of student tallies. */
    public static final List<String> ORDERED = List.of(ALL,
            "SEX:F", "SEX:M", "SEX:X",
            "RACE:AMERICAN_INDIAN", "RACE:ASIAN", "RACE:BLACK", "RACE:HISPANIC", "RACE:PACIFIC_ISLANDER",
            "RACE:TWO_OR_MORE", "RACE:WHITE",
            "ECON:DISADVANTAGED", "ECON:NOT_DISADVANTAGED",
            "SWD", "EL");

    public static final Set<String> CODES = Set.copyOf(ORDERED);

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ORDERED.size(); i++) {
            INDEX.put(ORDERED.get(i), i);
        }
    }

    private Subgroups() {
    }

    /** Position of a code in {@link #ORDERED}, or -1 when it is not a subgroup code. */
    public static int index(String code) {
        Integer i = code == null ? null : INDEX.get(code);
        return i == null ? -1 : i;
    }

    /**
     * The dimension a subgroup belongs to, for complementary suppression: the text before ':' (SEX, RACE, ECON),
     * or the code itself for the one-cell dimensions SWD and EL; null for ALL, which is never suppressed.
     */
    public static String dimension(String code) {
        if (ALL.equals(code)) {
            return null;
        }
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }
}
