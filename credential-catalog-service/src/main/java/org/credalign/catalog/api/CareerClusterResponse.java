package org.credalign.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CareerCluster")
public record CareerClusterResponse(@Schema(example = "IT") String code,
        @Schema(example = "Information Technology") String name, @Schema(example = "NCCF-2008") String framework) {
}
