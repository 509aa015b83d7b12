package org.credalign.attainment.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateSubmissionStatus", description = "Whether a state has submitted a school year (public)")
public record SubmissionStatusResponse(@Schema(example = "NJ") String state, Instant submittedAt,
        @Schema(example = "ACCEPTED") String status) {
}
