package org.credalign.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExternalCode", description = "A code another system uses for the credential; within a system a code "
        + "names exactly one credential")
public record ExternalCodeJson(
        @Schema(description = "Upper-case code system: a state (NJ), CTID (Credential Engine), ...", example = "CTID",
                required = true) String system,
        @Schema(example = "ce-0f8b7c1e-3a52-4c8e-9d8f-1f2a3b4c5d6e", required = true) String code) {
}
