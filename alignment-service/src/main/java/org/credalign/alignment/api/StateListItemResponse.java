package org.credalign.alignment.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateListItem", description = "One state in the national view of a school year")
public record StateListItemResponse(@Schema(example = "NJ") String state, @Schema(example = "2023-24") String schoolYear,
        String status, String noDataReason, BigDecimal alignmentScore, String alignmentCategory, String mapCategory,
        Integer rank, BigDecimal pctEarnedInDemand, BigDecimal pctInDemandNotEarned, Integer dataCollectionScore,
        Long credentialsEarned, String methodologyVersion, String parametersHash) {
}
