package org.credalign.catalog.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Credential")
public record CredentialResponse(String id, String name, String issuer, String type, List<String> clusters,
        List<String> occupations, boolean secondaryAppropriate, List<String> requiredInStates, String status,
        @Schema(description = "Grows with every change; also the ETag") long version, String changedBy,
        Instant changedAt) {
}
