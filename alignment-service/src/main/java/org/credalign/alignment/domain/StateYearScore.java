package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything computed for one state and school year. {@code status} is {@code SCORED} or {@code NO_DATA} (with
 * {@code noDataReason} {@code NO_ATTAINMENT} or {@code NO_DEMAND}); a NO_DATA state-year has no alignment score.
 */
public record StateYearScore(String state, int schoolYear, String status, String noDataReason,
        BigDecimal pctEarnedInDemand, BigDecimal pctInDemandNotEarned, int dataCollectionScore,
        BigDecimal alignmentScore, AlignmentCategory alignmentCategory, MapCategory mapCategory,
        long credentialsEarned, long earnedInDemand, long postings, int credentialsListed, int credentialsInDemand,
        int credentialsInDemandSecondaryAppropriate, int inDemandNotEarned, BigDecimal perHundredConcentrators,
        BigDecimal perThousandStudents, Inputs.StateProfile profile, BigDecimal stateMedianWage,
        BigDecimal wageFloor, int approvedListSize, int deadEnds, BigDecimal incentiveDollarsOnDeadEnds,
        Map<SupplyDemandCategory, Integer> categoryCounts, List<CredentialScore> credentials,
        List<ClusterScore> clusters, List<RevalidationFlag> revalidation, Set<String> submissionIds,
        Set<String> importIds, boolean attainmentComplete) {

    public static final String SCORED = "SCORED";
    public static final String NO_DATA = "NO_DATA";
    public static final String NO_ATTAINMENT = "NO_ATTAINMENT";
    public static final String NO_DEMAND = "NO_DEMAND";

    public boolean scored() {
        return SCORED.equals(status);
    }
}
