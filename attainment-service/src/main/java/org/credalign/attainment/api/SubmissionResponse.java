package org.credalign.attainment.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credalign.commons.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "A state's submission of a school year with its validation report")
public record SubmissionResponse(UUID id, @Schema(example = "NJ") String state,
        @Schema(example = "2023-24") String schoolYear,
        @Schema(enumeration = {"ACCEPTED", "SUPERSEDED"}) String status, int rowsReceived, int rowsAccepted,
        String submittedBy, Instant submittedAt, List<FieldError> errors, List<FieldError> warnings) {
}
