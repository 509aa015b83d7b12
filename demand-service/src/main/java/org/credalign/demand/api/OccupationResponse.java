package org.credalign.demand.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Occupation")
public record OccupationResponse(@Schema(example = "15-1232") String soc,
        @Schema(example = "Computer User Support Specialists") String title,
        @Schema(example = "60340") Integer medianAnnualWage, @Schema(example = "704900") Integer employment,
        @Schema(example = "5.2") BigDecimal projectedGrowthPct,
        @Schema(example = "[\"IT\"]", description = "Career Cluster codes") List<String> clusters, long version) {
}
