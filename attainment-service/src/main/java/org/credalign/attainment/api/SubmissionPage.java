package org.credalign.attainment.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the page of the submission history (a {@code PageResponse<SubmissionSummary>}), so generated clients get a typed result. */
@Schema(name = "SubmissionPage", description = "A page of a state's submission history, newest first")
public record SubmissionPage(List<SubmissionSummary> items,
        @Schema(description = "From 0", example = "0") int page,
        @Schema(description = "1 to 500, default 50", example = "50") int size,
        @Schema(example = "12") long totalItems,
        @Schema(example = "1") int totalPages) {
}
