package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The per-credential rules of METHODOLOGY.md: supply/demand category (rows read top-down, first match wins), the
 * ratio, and the in-demand rule. Ratios are compared exactly as {@code E < edge × D} in decimal arithmetic, never
 * through a rounded division, so a ratio of exactly 0.5 or 2.0 lands on the documented side of the edge.
 */
public final class SupplyDemand {

    /** A listed credential's category and its flags; see {@link #classify}. */
    public record Classification(SupplyDemandCategory category, boolean noDemand, boolean notEarned) {
    }

    private final List<BigDecimal> edges;
    private final int minVolume;
    private final int inDemandMinPostings;

    public SupplyDemand(MethodologyParameters parameters) {
        this.edges = parameters.ratioEdges();
        this.minVolume = parameters.minVolume();
        this.inDemandMinPostings = parameters.inDemandMinPostings();
    }

    /** The category of E earned against D demanded; null when both are 0 (the credential is not listed). */
    public Classification classify(long earned, long demanded) {
        if (earned < 0 || demanded < 0) {
            throw new IllegalArgumentException("earned and demanded must be ≥ 0, got " + earned + ", " + demanded);
        }
        if (earned == 0 && demanded == 0) {
            return null;
        }
        if (earned + demanded < minVolume) {
            return new Classification(SupplyDemandCategory.INSUFFICIENT_DATA, false, false);
        }
        if (demanded == 0) {
            return new Classification(SupplyDemandCategory.VERY_OVERSUPPLIED, true, false);
        }
        if (earned == 0) {
            return new Classification(SupplyDemandCategory.VERY_UNDERSUPPLIED, false, true);
        }
        return new Classification(byRatio(earned, demanded), false, false);
    }

    private SupplyDemandCategory byRatio(long earned, long demanded) {
        BigDecimal e = BigDecimal.valueOf(earned);
        BigDecimal d = BigDecimal.valueOf(demanded);
        if (e.compareTo(edges.get(0).multiply(d)) < 0) {
            return SupplyDemandCategory.VERY_UNDERSUPPLIED;
        }
        if (e.compareTo(edges.get(1).multiply(d)) < 0) {
            return SupplyDemandCategory.MODERATELY_UNDERSUPPLIED;
        }
        if (e.compareTo(edges.get(2).multiply(d)) <= 0) {
            return SupplyDemandCategory.SUPPLY_MEETS_DEMAND;
        }
        if (e.compareTo(edges.get(3).multiply(d)) <= 0) {
            return SupplyDemandCategory.MODERATELY_OVERSUPPLIED;
        }
        return SupplyDemandCategory.VERY_OVERSUPPLIED;
    }

    /** E / D to 4 decimals (half up) for display; null when D = 0. */
    public static BigDecimal ratio(long earned, long demanded) {
        return demanded == 0 ? null
                : BigDecimal.valueOf(earned).divide(BigDecimal.valueOf(demanded), 4, RoundingMode.HALF_UP);
    }

    public boolean inDemand(long demanded) {
        return demanded >= inDemandMinPostings;
    }
}
