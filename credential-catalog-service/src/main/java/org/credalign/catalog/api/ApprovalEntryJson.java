package org.credalign.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApprovalEntry", description = "One credential on a state's approved list")
public record ApprovalEntryJson(
        @Schema(example = "comptia-a-plus", required = true) String credentialId,
        @Schema(enumeration = {"APPROVED", "UNDER_REVIEW", "PHASING_OUT", "REMOVED"}, example = "APPROVED",
                required = true) String status,
        @Schema(example = "2024-07-01") LocalDate approvedOn,
        @Schema(example = "2027-06-30", description = "When the state revalidates it; not before approvedOn")
        LocalDate reviewDue,
        @Schema(example = "1000.00", description = "USD paid per credential earned, 0 to 1,000,000, cents at most")
        BigDecimal incentiveAmount) {
}
