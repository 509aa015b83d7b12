package org.credalign.attainment.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateProfile", description = "A state's data-collection practices for one school year")
public record StateProfileResponse(String state, String schoolYear, boolean collectsSecondary,
        boolean collectsPostsecondary, int vendorDataSharingAgreements, boolean credentialsInEssaPlan,
        boolean incentivePolicy, boolean maintainsApprovedList, Integer yearsOfDataAvailable,
        Integer highSchoolEnrollment, Integer cteConcentrators, long version, String changedBy, Instant changedAt) {
}
