package org.credalign.alignment.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrendPoint", description = "A state's metrics for one school year")
public record TrendPointResponse(String state, String schoolYear, String status, BigDecimal alignmentScore,
        String alignmentCategory, String mapCategory, Integer rank, BigDecimal pctEarnedInDemand,
        BigDecimal pctInDemandNotEarned, int dataCollectionScore, long credentialsEarned, String methodologyVersion,
        String parametersHash) {
}
