package org.credalign.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CredentialEarned", description = "Credentials earned in a state-year (all students, both levels)")
public record CredentialEarnedResponse(@Schema(example = "NJ") String state,
        @Schema(example = "2023-24") String schoolYear, @Schema(example = "comptia-a-plus") String credentialId,
        @Schema(example = "CompTIA A+") String credentialName, @Schema(example = "CERTIFICATION") String type,
        @Schema(example = "130") int earned, @Schema(example = "120") int earnedSecondary,
        @Schema(example = "10") int earnedPostsecondary) {
}
