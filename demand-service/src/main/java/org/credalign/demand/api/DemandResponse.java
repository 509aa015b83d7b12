package org.credalign.demand.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CredentialDemand", description = "Unique job postings for a credential in a state and calendar year")
public record DemandResponse(@Schema(example = "NJ") String state, @Schema(example = "2024") int year,
        @Schema(example = "comptia-a-plus") String credentialId,
        @Schema(example = "CERTIFICATION", description = "from the catalog; null if the catalog no longer has it")
        String credentialType,
        @Schema(example = "5120") long postings,
        @Schema(enumeration = {"DIRECT", "SOFTWARE", "LICENSED_OCCUPATION", "NOT_REQUIRED_HERE"}) String basis,
        @Schema(description = "the import behind the last change; null when a catalog change caused it")
        UUID importId, long version) {
}
