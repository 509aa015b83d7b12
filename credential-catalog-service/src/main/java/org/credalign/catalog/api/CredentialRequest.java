package org.credalign.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of POST /api/v1/credentials, PUT /api/v1/credentials/{id} and one element of an import. Strings for
 * enumerations so a wrong value is reported as a field error.
 */
@Schema(name = "CredentialRequest", description = "A credential as a catalog admin submits it")
public record CredentialRequest(
        // Not marked required: one schema serves POST and imports (id required, 422 without) and PUT (id optional).
        @Schema(description = "Stable slug, lower-case letters, digits and hyphens. Required on POST and in "
                + "imports (422 without); on PUT the path's id or absent", example = "comptia-a-plus") String id,
        @Schema(example = "CompTIA A+", required = true) String name,
        @Schema(example = "CompTIA", required = true) String issuer,
        @Schema(enumeration = {"LICENSE", "CERTIFICATION", "SOFTWARE", "GENERAL_CAREER_READINESS", "CTE_ASSESSMENT"},
                example = "CERTIFICATION", required = true) String type,
        @Schema(description = "1 to 4 Career Cluster codes", example = "[\"IT\"]", required = true)
        List<String> clusters,
        @Schema(description = "Linked occupations (SOC codes NN-NNNN)", example = "[\"15-1232\"]")
        List<String> occupations,
        @Schema(description = "Suitable for high-school students; default true", example = "true")
        Boolean secondaryAppropriate,
        @Schema(description = "Licenses only: states where the license is legally required; empty = everywhere",
                example = "[]") List<String> requiredInStates,
        @Schema(description = "Codes other systems use for this credential (crosswalk)")
        List<ExternalCodeJson> externalCodes,
        @Schema(description = "At most 4,000 characters", example = "Entry-level IT support certification")
        String description,
        @Schema(description = "Absolute http(s) address of the issuer's page", example = "https://www.comptia.org/certifications/a")
        String url,
        @Schema(enumeration = {"ACTIVE", "RETIRED"}, description = "Default: ACTIVE for a new credential, "
                + "the current status on a replace") String status) {
}
