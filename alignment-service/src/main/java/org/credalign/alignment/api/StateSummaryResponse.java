package org.credalign.alignment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateSummary", description = "A state's alignment in one school year, with the inputs needed to "
        + "redo the arithmetic, its rank among the states scored that year and the nation's values.")
public record StateSummaryResponse(@Schema(example = "NJ") String state,
        @Schema(example = "2023-24") String schoolYear,
        @Schema(enumeration = {"SCORED", "NO_DATA"}) String status,
        @Schema(enumeration = {"NO_ATTAINMENT", "NO_DEMAND"}) String noDataReason,
        @Schema(example = "46.20") BigDecimal alignmentScore,
        @Schema(enumeration = {"HIGHLY_ALIGNED", "MODERATELY_ALIGNED", "MINIMALLY_ALIGNED", "NOT_ALIGNED", "NO_DATA"})
        String alignmentCategory,
        @Schema(enumeration = {"SECONDARY_AND_POSTSECONDARY", "SECONDARY", "LIST", "NO_DATA"}) String mapCategory,
        @Schema(description = "1 = best; ties share a rank; null when NO_DATA") Integer rank,
        @Schema(description = "States scored this school year") Integer statesRanked,
        @Schema(example = "0.2840") BigDecimal pctEarnedInDemand,
        @Schema(example = "0.3333") BigDecimal pctInDemandNotEarned, int dataCollectionScore,
        Totals totals, StateInputs inputs, Map<String, Integer> categoryCounts, int deadEnds,
        BigDecimal incentiveDollarsOnDeadEnds, List<String> submissionIds, List<String> importIds,
        @Schema(description = "False while the latest attainment snapshot has not fully arrived") boolean attainmentComplete,
        @Schema(description = "The nation's values for the same school year (not in alignment.scores.v1)") Nation nation,
        String methodologyVersion, String parametersHash, Instant computedAt) {

    public record Totals(long credentialsEarned, BigDecimal perHundredConcentrators, BigDecimal perThousandStudents) {
    }

    public record DataCollection(boolean profilePresent, boolean collectsSecondary, boolean collectsPostsecondary,
            int vendorDataSharingAgreements, boolean credentialsInEssaPlan, boolean incentivePolicy,
            boolean maintainsApprovedList) {
    }

    public record StateInputs(long credentialsEarned, long earnedInDemand, long postings, int demandYear,
            int credentialsListed, int credentialsInDemand, int credentialsInDemandSecondaryAppropriate,
            int inDemandNotEarned, DataCollection dataCollection, Integer cteConcentrators,
            Integer highSchoolEnrollment, BigDecimal stateMedianWage, BigDecimal wageFloor, int approvedListSize) {
    }

    public record Nation(Integer statesScored, BigDecimal pctEarnedInDemand, BigDecimal pctInDemandNotEarned,
            Long credentialsEarned) {
    }

    public StateSummaryResponse withRankAndNation(Integer newRank, Integer ranked, Nation newNation) {
        return new StateSummaryResponse(state, schoolYear, status, noDataReason, alignmentScore, alignmentCategory,
                mapCategory, newRank, ranked, pctEarnedInDemand, pctInDemandNotEarned, dataCollectionScore, totals,
                inputs, categoryCounts, deadEnds, incentiveDollarsOnDeadEnds, submissionIds, importIds,
                attainmentComplete, newNation, methodologyVersion, parametersHash, computedAt);
    }
}
