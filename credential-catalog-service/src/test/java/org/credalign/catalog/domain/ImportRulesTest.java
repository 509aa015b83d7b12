package org.credalign.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;
import org.junit.jupiter.api.Test;

class ImportRulesTest {

    private static final Set<String> CLUSTERS = Set.of("IT", "HS");

    private static ImportRules.Row row(long row, String id, String type, ExternalCode... codes) {
        return new ImportRules.Row(row, new CredentialRules.Draft(id, "Name " + id, "Issuer", type, List.of("IT"),
                null, null, null, List.of(codes), null, null, null));
    }

    private static List<String> rowsAndFields(List<FieldError> errors) {
        return errors.stream().map(e -> e.row() + ":" + e.field()).toList();
    }

    @Test
    void everyRowIsCheckedAndEachErrorKeepsItsRow() {
        var errors = ImportRules.check(List.of(row(2, "a", "CERT"), row(3, "b", "SOFTWARE"), row(4, "Bad", "X")),
                CLUSTERS, Map.of());
        assertEquals(List.of("2:type", "4:id", "4:type"), rowsAndFields(errors));
    }

    @Test
    void anIdTwiceInTheFileIsAnErrorOnTheSecondRow() {
        var errors = ImportRules.check(List.of(row(2, "a", "SOFTWARE"), row(5, "a", "SOFTWARE")), CLUSTERS, Map.of());
        assertEquals(List.of("5:id"), rowsAndFields(errors));
        assertEquals("'a' is also in row 2", errors.get(0).message());
    }

    @Test
    void aCodeGivenToTwoRowsOrHeldByACredentialOutsideTheFileIsAnError() {
        ExternalCode nj1 = new ExternalCode("NJ", "1");
        ExternalCode nj2 = new ExternalCode("NJ", "2");
        var errors = ImportRules.check(List.of(row(2, "a", "SOFTWARE", nj1), row(3, "b", "SOFTWARE", nj2, nj1)),
                CLUSTERS, Map.of(nj2, "outside"));
        assertEquals(List.of("3:externalCodes[0].code", "3:externalCodes[1].code"), rowsAndFields(errors));
    }

    @Test
    void aCodeMayMoveBetweenTwoCredentialsOfTheFile() {
        ExternalCode nj1 = new ExternalCode("NJ", "1");
        // 'a' holds NJ 1 today; the file gives it to 'b' and lists 'a' without it.
        var errors = ImportRules.check(List.of(row(2, "a", "SOFTWARE"), row(3, "b", "SOFTWARE", nj1)), CLUSTERS,
                Map.of(nj1, "a"));
        assertEquals(List.of(), errors);
    }
}
