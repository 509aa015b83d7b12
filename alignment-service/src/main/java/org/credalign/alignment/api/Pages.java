package org.credalign.alignment.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shapes of the pages the list endpoints return (PageResponse of each item type). */
final class Pages {

    private Pages() {
    }

    @Schema(name = "StateListPage")
    record StateListPage(List<StateListItemResponse> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "CredentialAlignmentPage")
    record CredentialAlignmentPage(List<CredentialAlignmentResponse> items, int page, int size, long totalItems,
            int totalPages) {
    }

    @Schema(name = "NationCredentialPage")
    record NationCredentialPage(List<NationCredentialResponse> items, int page, int size, long totalItems,
            int totalPages) {
    }

    @Schema(name = "ClusterPage")
    record ClusterPage(List<ClusterResponse> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "RevalidationPage")
    record RevalidationPage(List<RevalidationResponse> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "TrendPage")
    record TrendPage(List<TrendPointResponse> items, int page, int size, long totalItems, int totalPages) {
    }
}
