package org.credalign.alignment.domain;

/**
 * How many credentials were earned in a state-year at each level, all students (the ALL subgroup). Subgroup rows
 * break the same students down and must not be added to the total.
 */
public record LevelTotals(int secondary, int postsecondary) {

    public static final LevelTotals NONE = new LevelTotals(0, 0);

    /** Adds one count of an attainment event; only the ALL subgroup contributes. */
    public LevelTotals plus(String level, String subgroup, int earned) {
        if (!"ALL".equals(subgroup)) {
            return this;
        }
        return switch (level) {
            case "SECONDARY" -> new LevelTotals(secondary + earned, postsecondary);
            case "POSTSECONDARY" -> new LevelTotals(secondary, postsecondary + earned);
            default -> throw new IllegalArgumentException("unknown level '" + level + "'");
        };
    }

    public int total() {
        return secondary + postsecondary;
    }
}
