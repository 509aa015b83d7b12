package org.credalign.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the page of credentials the search returns (a {@code PageResponse<CredentialResponse>}). */
@Schema(name = "CredentialPage", description = "One page of a search, with totals")
public record CredentialPage(List<CredentialResponse> items,
        @Schema(description = "From 0", example = "0") int page,
        @Schema(description = "1 to 500, default 50", example = "50") int size,
        @Schema(example = "1204") long totalItems,
        @Schema(example = "25") int totalPages) {
}
