package org.credalign.catalog.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateApprovals", description = "A state's approved list at one version")
public record StateApprovalsResponse(
        @Schema(example = "NJ") String state,
        @Schema(description = "Grows with every change (0: the state never had a list); also the ETag")
        long version,
        String changedBy,
        Instant changedAt,
        List<ApprovalEntryJson> entries) {
}
