package org.credalign.alignment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevalidationFlag", description = "REVIEW: an approved credential that is a dead end or very "
        + "oversupplied. CONSIDER_ADDING: an in-demand, secondary-appropriate credential not on the list.")
public record RevalidationResponse(String state, String schoolYear, String credentialId, String credentialName,
        @Schema(enumeration = {"REVIEW", "CONSIDER_ADDING"}) String action,
        @Schema(description = "DEAD_END_DEMAND, DEAD_END_WAGE, VERY_OVERSUPPLIED, IN_DEMAND") List<String> reasons,
        long earnedCounted, long demanded, String category, boolean inDemand, String approvalStatus,
        LocalDate approvedOn, LocalDate reviewDue, BigDecimal incentiveAmount, BigDecimal incentiveDollars,
        String methodologyVersion, String parametersHash) {
}
