package org.credalign.demand.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OccupationRequest", description = "An occupation's figures; the SOC code is in the path")
public record OccupationRequest(@Schema(required = true, example = "Computer User Support Specialists") String title,
        @Schema(example = "60340") Integer medianAnnualWage, @Schema(example = "704900") Integer employment,
        @Schema(example = "5.2", description = "-100 to 9999.99, at most 2 decimals") BigDecimal projectedGrowthPct,
        @Schema(example = "[\"IT\"]") List<String> clusters) {
}
