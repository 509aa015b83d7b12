package org.credalign.attainment.domain;

/**
 * A credential's count that changed by more than 50% from the previous year, when either side is at least 50,
 * is worth a second look (a warning, never an error). Whole-number arithmetic: |now − before| · 2 > before.
 */
public final class ChangeRule {

    static final int MIN_VOLUME = 50;

    private ChangeRule() {
    }

    public static boolean isLargeChange(int previous, int current) {
        if (Math.max(previous, current) < MIN_VOLUME) {
            return false;
        }
        return Math.abs((long) current - previous) * 2 > previous;
    }

    static String describe(int previous, int current) {
        if (previous == 0) {
            return "new this year";
        }
        long pct = Math.round((current - previous) * 100.0 / previous);
        return (pct > 0 ? "+" : "") + pct + "%";
    }
}
