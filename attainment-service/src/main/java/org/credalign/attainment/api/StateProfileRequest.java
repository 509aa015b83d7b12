package org.credalign.attainment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateProfileRequest", description = "A state's data-collection practices for one school year")
public record StateProfileRequest(@Schema(required = true) Boolean collectsSecondary,
        @Schema(required = true) Boolean collectsPostsecondary,
        @Schema(required = true, minimum = "0") Integer vendorDataSharingAgreements,
        @Schema(required = true) Boolean credentialsInEssaPlan, @Schema(required = true) Boolean incentivePolicy,
        @Schema(required = true) Boolean maintainsApprovedList,
        @Schema(minimum = "0", nullable = true) Integer yearsOfDataAvailable,
        @Schema(minimum = "0", nullable = true) Integer highSchoolEnrollment,
        @Schema(minimum = "0", nullable = true) Integer cteConcentrators) {
}
