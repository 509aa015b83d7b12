package org.credalign.alignment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Nation", description = "National figures for a school year over the states scored that year; "
        + "in-demand is judged state by state. The nation has no data-collection score, alignment score or category.")
public record NationResponse(String schoolYear, int statesScored, List<String> states, BigDecimal pctEarnedInDemand,
        BigDecimal pctInDemandNotEarned, long credentialsEarned, long earnedInDemand, long postings,
        int credentialsInDemandSecondaryAppropriate, int inDemandNotEarned, BigDecimal perHundredConcentrators,
        int statesWithConcentrators, BigDecimal perThousandStudents, int statesWithEnrollment,
        String methodologyVersion, String parametersHash, Instant computedAt) {
}
