package org.credalign.attainment.domain;

import java.util.Set;

/** Student subgroup codes (API.md "Submission and import conventions"); ALL is required for every credential. */
public final class Subgroups {

    public static final String ALL = "ALL";

    public static final Set<String> CODES = Set.of(ALL,
            "SEX:F", "SEX:M", "SEX:X",
            "RACE:AMERICAN_INDIAN", "RACE:ASIAN", "RACE:BLACK", "RACE:HISPANIC", "RACE:PACIFIC_ISLANDER",
            "RACE:TWO_OR_MORE", "RACE:WHITE",
            "ECON:DISADVANTAGED", "ECON:NOT_DISADVANTAGED",
            "SWD", "EL");

    private Subgroups() {
    }
}
