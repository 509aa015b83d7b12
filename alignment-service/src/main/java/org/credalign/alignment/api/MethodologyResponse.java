package org.credalign.alignment.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Methodology", description = "The methodology version, every parameter of this deployment and their "
        + "hash (named in every result)")
public record MethodologyResponse(@Schema(example = "v1") String methodologyVersion,
        Map<String, Object> parameters, @Schema(example = "3f2a9c1d0b7e4a55") String parametersHash,
        @Schema(example = "https://credalign.example/methodology/v1") String document) {
}
