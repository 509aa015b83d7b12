package org.credalign.catalog.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;

/**
 * The rules of a bulk import, which is judged as a whole: each row as a credential ({@link CredentialRules}), no id
 * twice, and the crosswalk rule on the catalog as it will be after the import (a code may move from one credential
 * to another when the file changes both).
 */
public final class ImportRules {

    private ImportRules() {
    }

    /** One credential of an import file; {@code row} as API.md counts it (CSV line, or JSON element index). */
    public record Row(long row, CredentialRules.Draft draft) {
    }

    /**
     * @param codeOwners current holder of every code the file names (from the catalog)
     * @return every error, each with its row
     */
    public static List<FieldError> check(List<Row> rows, Set<String> knownClusters,
            Map<ExternalCode, String> codeOwners) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> rowOfId = new HashMap<>();
        Set<String> idsInFile = new HashSet<>();
        rows.forEach(r -> idsInFile.add(r.draft().id()));
        Map<ExternalCode, String> claimedInFile = new HashMap<>();
        for (Row row : rows) {
            CredentialRules.Draft draft = row.draft();
            List<FieldError> rowErrors = CredentialRules.check(draft, knownClusters);
            rowErrors.forEach(e -> errors.add(FieldError.row(row.row(), e.field(), e.message())));
            if (draft.id() != null) {
                Long first = rowOfId.putIfAbsent(draft.id(), row.row());
                if (first != null) {
                    errors.add(FieldError.row(row.row(), "id", "'" + draft.id() + "' is also in row " + first));
                }
            }
            List<ExternalCode> codes = draft.externalCodes() == null ? List.of() : draft.externalCodes();
            for (int i = 0; i < codes.size(); i++) {
                ExternalCode code = codes.get(i);
                if (code == null || code.system() == null || code.code() == null) {
                    continue; // already reported by the credential rules
                }
                String field = "externalCodes[" + i + "].code";
                String otherInFile = claimedInFile.putIfAbsent(code, draft.id());
                String holder = codeOwners.get(code);
                if (otherInFile != null && !otherInFile.equals(draft.id())) {
                    errors.add(FieldError.row(row.row(), field, "code '" + code.code() + "' of system '"
                            + code.system() + "' is also given to '" + otherInFile + "' in this import"));
                } else if (holder != null && !holder.equals(draft.id()) && !idsInFile.contains(holder)) {
                    // A holder that is in the file gives the code up unless it lists it too (caught above).
                    errors.add(FieldError.row(row.row(), field, "code '" + code.code() + "' of system '"
                            + code.system() + "' already names credential '" + holder + "'"));
                }
            }
        }
        errors.sort(java.util.Comparator.comparingLong(FieldError::row));
        return errors;
    }
}
