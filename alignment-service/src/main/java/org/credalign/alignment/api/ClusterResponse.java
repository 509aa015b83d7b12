package org.credalign.alignment.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterAlignment", description = "One Career Cluster in a state-year. A credential counts in each "
        + "of its clusters, so cluster totals overlap (countsOverlap: true).")
public record ClusterResponse(String state, String schoolYear, @Schema(example = "HS") String cluster,
        int credentials, long earned, long earnedInDemand, long postings, boolean countsOverlap,
        List<OccupationItem> occupations, String methodologyVersion, String parametersHash) {

    public record OccupationItem(@Schema(example = "31-1131") String soc, String title, BigDecimal medianAnnualWage,
            Integer employment, BigDecimal projectedGrowthPct) {
    }
}
