package org.credalign.alignment.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CredentialAlignment", description = "One credential in one state-year: supply against demand. "
        + "`earned` (all levels) is kept for compatibility; `earnedCounted` is E, the figure the ratio, category and "
        + "every state figure use (levels of the methodology, default SECONDARY). A credential unknown to the catalog "
        + "is listed with the flag `notInCatalog`, no category, and counts nowhere.")
public record CredentialAlignmentResponse(@Schema(example = "NJ") String state,
        @Schema(example = "2023-24") String schoolYear, @Schema(example = "comptia-a-plus") String credentialId,
        @Schema(example = "CompTIA A+") String credentialName, @Schema(example = "CERTIFICATION") String type,
        @Schema(description = "Earned at all levels (secondary + postsecondary), all students", example = "130")
        long earned,
        @Schema(example = "120") long earnedSecondary, @Schema(example = "10") long earnedPostsecondary,
        @Schema(description = "E: earned at the methodology's levels", example = "120") long earnedCounted,
        @Schema(description = "D: postings in the calendar year the school year ends", example = "480") long demanded,
        @Schema(example = "DIRECT", enumeration = {"DIRECT", "SOFTWARE", "LICENSED_OCCUPATION", "NOT_REQUIRED_HERE"})
        String demandBasis,
        @Schema(description = "E / D to 4 decimals; null when D = 0", example = "0.2500") BigDecimal ratio,
        @Schema(example = "VERY_UNDERSUPPLIED", enumeration = {"VERY_UNDERSUPPLIED", "MODERATELY_UNDERSUPPLIED",
                "SUPPLY_MEETS_DEMAND", "MODERATELY_OVERSUPPLIED", "VERY_OVERSUPPLIED", "INSUFFICIENT_DATA"})
        String category,
        @Schema(description = "D ≥ inDemandMinPostings") boolean inDemand,
        @Schema(description = "noDemand, notEarned, notSecondaryAppropriate, retired, notInCatalog, notRequiredHere")
        List<String> flags,
        boolean secondaryAppropriate, boolean retired, List<String> clusters, boolean deadEnd,
        @Schema(description = "Which dead-end tests failed: DEMAND, WAGE") List<String> deadEndTests,
        @Schema(description = "Best median wage of the linked occupations") BigDecimal bestOccupationWage,
        @Schema(description = "wageFloorRatio × state median wage, when known") BigDecimal wageFloor,
        boolean onApprovedList, BigDecimal incentiveAmount,
        @Schema(description = "earnedCounted × incentiveAmount, on dead ends of the approved list") BigDecimal incentiveDollars,
        @Schema(example = "v1") String methodologyVersion, @Schema(example = "3f2a9c1d0b7e4a55") String parametersHash) {
}
