package org.credalign.demand.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credalign.commons.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DemandImport", description = "An accepted vendor import with its report")
public record ImportResponse(UUID id,
        @Schema(enumeration = {"credential-postings", "occupation-postings", "occupations", "state-wages"})
        String kind,
        @Schema(enumeration = {"ACCEPTED"}) String status, int rowsReceived, int rowsAccepted,
        @Schema(description = "The state-years the import replaced (empty for occupations, which are upserted by SOC)")
        List<Scope> scopes,
        @Schema(description = "Stored rows added, changed or removed; identical rows do not count") int changedRows,
        @Schema(description = "Derived demand keys whose postings or basis changed (one DemandChanged event each)")
        int demandChanges,
        @Schema(description = "Rows accepted with a remark, e.g. credential postings of a license (not counted)")
        List<FieldError> warnings, String importedBy, Instant importedAt) {

    public record Scope(@Schema(example = "NJ") String state, @Schema(example = "2024") int year,
            @Schema(description = "rows delivered for the state-year") int rows,
            @Schema(description = "keys the state-year held before and this import dropped") int keysRemoved) {
    }
}
