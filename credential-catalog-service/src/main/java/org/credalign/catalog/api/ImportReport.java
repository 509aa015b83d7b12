package org.credalign.catalog.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CredentialImportReport", description = "What an applied import did")
public record ImportReport(
        UUID id,
        @Schema(description = "SHA-256 of the normalized credentials; the same content is one import")
        String contentHash,
        int rowsReceived,
        @Schema(description = "Credentials new to the catalog") int created,
        @Schema(description = "Credentials whose content changed (new version, event)") int updated,
        @Schema(description = "Credentials already exactly as in the file") int unchanged,
        String importedBy,
        Instant importedAt,
        @Schema(description = "false when this content had been imported before and this is that import's report")
        boolean appliedNow) {
}
