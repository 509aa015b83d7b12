package org.credalign.catalog.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Credential")
public record CredentialResponse(
        @Schema(example = "comptia-a-plus") String id,
        @Schema(example = "CompTIA A+") String name,
        @Schema(example = "CompTIA") String issuer,
        @Schema(example = "CERTIFICATION") String type,
        @Schema(example = "NCCF-2008", description = "The Career Cluster framework of `clusters`")
        String clusterFramework,
        @Schema(example = "[\"IT\"]") List<String> clusters,
        @Schema(example = "[\"15-1232\"]") List<String> occupations,
        boolean secondaryAppropriate,
        List<String> requiredInStates,
        List<ExternalCodeJson> externalCodes,
        String description,
        String url,
        @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status,
        @Schema(description = "Grows with every change; also the ETag") long version,
        String changedBy,
        Instant changedAt) {
}
