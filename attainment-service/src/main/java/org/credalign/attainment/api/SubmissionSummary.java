package org.credalign.attainment.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionSummary", description = "One entry of a state's submission history")
public record SubmissionSummary(UUID id, String schoolYear, String status, String mode, boolean dryRun,
        int rowsReceived, int rowsAccepted, int errorCount, int warningCount, String submittedBy,
        Instant submittedAt, Instant completedAt) {
}
