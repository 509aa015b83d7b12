package org.credalign.attainment.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateAttainment", description = "Credentials earned in a state-year, small cells withheld. "
        + "status NO_DATA: nothing accepted for that year. In a cell, a number is a count (0 included), "
        + "withheld gives the reason a count is hidden, and noData marks a subgroup the state did not report.")
public record AttainmentResponse(@Schema(example = "NJ") String state, @Schema(example = "2023-24") String schoolYear,
        @Schema(enumeration = {"REPORTED", "NO_DATA"}) String status, UUID submissionId, Instant submittedAt,
        int minCellSize, List<CredentialAttainment> credentials) {

    @Schema(name = "CredentialAttainment")
    public record CredentialAttainment(String credentialId, String level, List<Cell> cells) {
    }

    @Schema(name = "AttainmentCell")
    public record Cell(@Schema(example = "SEX:F") String subgroup,
            @Schema(nullable = true, description = "null when withheld or not reported") Integer earned,
            @Schema(nullable = true, enumeration = {"SMALL_CELL", "COMPLEMENTARY"}) String withheld,
            boolean noData) {
    }
}
