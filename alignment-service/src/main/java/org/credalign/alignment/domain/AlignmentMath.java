package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The state-level arithmetic of METHODOLOGY.md. Percentages are fractions kept to 4 decimals and the score to 2
 * decimals (half up) before any comparison, so exact boundaries such as 50.00 are never lost to rounding.
 */
public final class AlignmentMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private AlignmentMath() {
    }

    /** numerator / denominator as a fraction to 4 decimals; null when the denominator is 0. */
    public static BigDecimal fraction(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    /** numerator × per / denominator to 2 decimals; null when the denominator is missing or 0. */
    public static BigDecimal per(long numerator, long per, Integer denominator) {
        return denominator == null || denominator == 0 ? null
                : BigDecimal.valueOf(numerator * per).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /**
     * {@code 100 × (w1·pctEarnedInDemand + w2·(1 − pctInDemandNotEarned) + w3·dataCollectionScore/5)}; a term whose
     * percentage is null contributes 0.
     */
    public static BigDecimal alignmentScore(MethodologyParameters parameters, BigDecimal pctEarnedInDemand,
            BigDecimal pctInDemandNotEarned, int dataCollectionScore) {
        BigDecimal sum = BigDecimal.ZERO;
        if (pctEarnedInDemand != null) {
            sum = sum.add(parameters.weightEarnedInDemand().multiply(pctEarnedInDemand));
        }
        if (pctInDemandNotEarned != null) {
            sum = sum.add(parameters.weightInDemandEarned().multiply(BigDecimal.ONE.subtract(pctInDemandNotEarned)));
        }
        sum = sum.add(parameters.weightDataCollection().multiply(BigDecimal.valueOf(dataCollectionScore))
                .divide(FIVE, 10, RoundingMode.HALF_UP));
        return HUNDRED.multiply(sum).setScale(2, RoundingMode.HALF_UP);
    }

    /** The alignment category of a (rounded) score; edges are inclusive lower bounds. */
    public static AlignmentCategory category(MethodologyParameters parameters, BigDecimal score) {
        if (score == null) {
            return AlignmentCategory.NO_DATA;
        }
        var edges = parameters.alignmentEdges();
        if (score.compareTo(edges.get(2)) >= 0) {
            return AlignmentCategory.HIGHLY_ALIGNED;
        }
        if (score.compareTo(edges.get(1)) >= 0) {
            return AlignmentCategory.MODERATELY_ALIGNED;
        }
        if (score.compareTo(edges.get(0)) >= 0) {
            return AlignmentCategory.MINIMALLY_ALIGNED;
        }
        return AlignmentCategory.NOT_ALIGNED;
    }

    /**
     * 0–5 points from the profile, one each for: collects secondary data, collects postsecondary data, at least
     * {@code vendorAgreementsForPoint} vendor data-sharing agreements, credentials in the ESSA plan, an incentive
     * policy. 0 without a profile.
     */
    public static int dataCollectionScore(MethodologyParameters parameters, Inputs.StateProfile profile) {
        if (profile == null) {
            return 0;
        }
        int points = 0;
        points += profile.collectsSecondary() ? 1 : 0;
        points += profile.collectsPostsecondary() ? 1 : 0;
        points += profile.vendorDataSharingAgreements() >= parameters.vendorAgreementsForPoint() ? 1 : 0;
        points += profile.credentialsInEssaPlan() ? 1 : 0;
        points += profile.incentivePolicy() ? 1 : 0;
        return points;
    }

    /**
     * Data-collection practice for the map. With a profile: what it says, {@code LIST} when no secondary data is
     * collected but there is an approved list (the profile says so, or the catalog holds a non-empty list). Without
     * a profile: {@code SECONDARY} when attainment data exist, else {@code LIST}/{@code NO_DATA} by the list.
     */
    public static MapCategory mapCategory(Inputs.StateProfile profile, boolean attainmentDataExist,
            boolean catalogListNonEmpty) {
        if (profile == null) {
            return attainmentDataExist ? MapCategory.SECONDARY
                    : catalogListNonEmpty ? MapCategory.LIST : MapCategory.NO_DATA;
        }
        if (profile.collectsSecondary()) {
            return profile.collectsPostsecondary() ? MapCategory.SECONDARY_AND_POSTSECONDARY : MapCategory.SECONDARY;
        }
        return profile.maintainsApprovedList() || catalogListNonEmpty ? MapCategory.LIST : MapCategory.NO_DATA;
    }
}
