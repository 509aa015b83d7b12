package org.credalign.attainment.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credalign.commons.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "A state's submission of a school year with its status and validation "
        + "report (the first 1,000 errors and warnings; all of them at reportUrl)")
public record SubmissionResponse(UUID id, @Schema(example = "NJ") String state,
        @Schema(example = "2023-24") String schoolYear,
        @Schema(enumeration = {"PROCESSING", "ACCEPTED", "SUPERSEDED", "WITHDRAWN", "REJECTED", "VALIDATED",
                "UNCHANGED", "INTERRUPTED"}, description = "INTERRUPTED: processing stopped before the end (the "
                + "service restarted or lost its database); nothing was applied, the report's error says so; send "
                + "it again (the same Idempotency-Key is accepted for the retry)") String status,
        @Schema(enumeration = {"ATOMIC", "PARTIAL"}) String mode, boolean dryRun,
        @Schema(enumeration = {"AGGREGATE", "STUDENT"}, description = "null until the first row was read")
        String rowKind,
        @Schema(description = "rows read so far (grows while PROCESSING)") long rowsProcessed,
        int rowsReceived, int rowsAccepted, int errorCount, int warningCount,
        @Schema(description = "UNCHANGED: the accepted submission with the same content") UUID sameAs,
        String submittedBy, Instant submittedAt, Instant completedAt,
        @Schema(description = "every error and warning, pageable") String reportUrl,
        List<FieldError> errors, List<FieldError> warnings) {
}
