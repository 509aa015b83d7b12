package org.credalign.demand.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.junit.jupiter.api.Test;

class ImportValidatorTest {

    private static final int LATEST = 2026;
    private static final CredentialDirectory CATALOG = new CredentialDirectory(
            Map.of("comptia-a-plus", "CERTIFICATION", "cna", "LICENSE", "mos", "SOFTWARE"),
            Map.of(new ExternalCode("CTID", "ce-1"), Set.of("comptia-a-plus"),
                    new ExternalCode("VENDOR", "dup"), Set.of("comptia-a-plus", "mos")));

    private static ImportValidator.Result validate(ImportKind kind, List<String> header, RawRow... rows) {
        return ImportValidator.validate(kind, header, List.of(rows), CATALOG, LATEST);
    }

    private static RawRow row(long n, String... keyValues) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        return RawRow.of(n, fields);
    }

    @Test
    void credentialPostingsByIdOrByExternalCodeAreAccepted() {
        ImportValidator.Result result = validate(ImportKind.CREDENTIAL_POSTINGS, null,
                row(1, "state", "NJ", "year", "2024", "credentialId", "comptia-a-plus", "postings", "5120"),
                row(2, "state", "NY", "year", "2024", "codeSystem", "CTID", "code", "ce-1", "postings", "7"));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(new ImportRow.CredentialPostings(1, "NJ", 2024, "comptia-a-plus", 5120),
                new ImportRow.CredentialPostings(2, "NY", 2024, "comptia-a-plus", 7)), result.accepted());
    }

    @Test
    void everyBadFieldOfEveryRowIsReported() {
        ImportValidator.Result result = validate(ImportKind.CREDENTIAL_POSTINGS, null,
                row(1, "state", "nj", "year", "1999", "credentialId", "comptia-a", "postings", "-3"),
                row(2, "state", "NJ", "year", "2027", "postings", "1.5", "extra", "x"),
                row(3, "state", "NJ", "year", "2024", "codeSystem", "CTID", "postings", "1"),
                row(4, "state", "NJ", "year", "2024", "codeSystem", "VENDOR", "code", "dup", "postings", "1"),
                row(5, "state", "NJ", "year", "2024", "codeSystem", "CTID", "code", "nope", "postings", "1"),
                row(6, "state", "NJ", "year", "2024", "credentialId", "mos", "codeSystem", "CTID", "code", "ce-1",
                        "postings", "1"),
                RawRow.malformed(7, "has 3 field(s), the header has 6"));
        assertTrue(result.hasErrors());
        assertEquals(List.of(), result.accepted(), "atomic: nothing is accepted when anything is wrong");
        List<String> where = result.errors().stream().map(e -> e.row() + ":" + e.field()).toList();
        assertEquals(List.of("1:state", "1:year", "1:credentialId", "1:postings", "2:extra", "2:year",
                "2:credentialId", "2:postings", "3:code", "4:code", "5:code", "6:code", "7:(row)"), where);
        assertTrue(result.errors().get(0).message().contains("'nj'"));
        assertTrue(result.errors().get(9).message().contains("ambiguous"));
    }

    @Test
    void theSameKeyTwiceIsADuplicateEvenWhenNamedDifferently() {
        ImportValidator.Result result = validate(ImportKind.CREDENTIAL_POSTINGS, null,
                row(2, "state", "NJ", "year", "2024", "credentialId", "comptia-a-plus", "postings", "1"),
                row(3, "state", "NJ", "year", "2024", "codeSystem", "CTID", "code", "ce-1", "postings", "2"),
                row(4, "state", "NJ", "year", "2023", "credentialId", "comptia-a-plus", "postings", "3"));
        assertEquals(List.of(FieldError.row(3, "code", "duplicate of row 2 (same state, year and credential)")),
                result.errors());
    }

    @Test
    void licensePostingsAreAcceptedWithAWarning() {
        ImportValidator.Result result = validate(ImportKind.CREDENTIAL_POSTINGS, null,
                row(1, "state", "NJ", "year", "2024", "credentialId", "cna", "postings", "40"));
        assertEquals(1, result.accepted().size());
        assertEquals(1, result.warnings().size());
        assertEquals("credentialId", result.warnings().get(0).field());
    }

    @Test
    void csvHeaderProblemsAreReportedOnceOnLineOne() {
        ImportValidator.Result result = validate(ImportKind.OCCUPATION_POSTINGS, List.of("state", "yr", "soc",
                "soc"), row(2, "state", "NJ", "yr", "2024", "soc", "15-1232"));
        assertEquals(List.of(FieldError.row(1, "yr", "unknown column for kind 'occupation-postings'; expected "
                        + "[state, year, soc, postings]"), FieldError.row(1, "soc", "column appears more than once"),
                FieldError.row(1, "year", "column is missing from the header"),
                FieldError.row(1, "postings", "column is missing from the header")), result.errors());

        ImportValidator.Result noCredential = validate(ImportKind.CREDENTIAL_POSTINGS,
                List.of("state", "year", "code", "postings"));
        assertEquals(List.of("credentialId"), noCredential.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anEmptyImportIsRefused() {
        assertEquals("(body)", validate(ImportKind.STATE_WAGES, null).errors().get(0).field());
    }

    @Test
    void occupationPostingsNeedAValidSoc() {
        ImportValidator.Result result = validate(ImportKind.OCCUPATION_POSTINGS, null,
                row(1, "state", "NJ", "year", "2024", "soc", "151232", "postings", "3"),
                row(2, "state", "NJ", "year", "2024", "soc", "31-1131", "postings", "3"),
                row(3, "state", "NJ", "year", "2024", "soc", "31-1131", "postings", "4"));
        assertEquals(List.of("1:soc", "3:soc"), result.errors().stream().map(e -> e.row() + ":" + e.field())
                .toList());
    }

    @Test
    void occupationsCarryOptionalFiguresAndClusters() {
        ImportValidator.Result ok = validate(ImportKind.OCCUPATIONS, null,
                row(1, "soc", "15-1232", "title", "Computer User Support Specialists", "medianAnnualWage", "60340",
                        "employment", "704900", "projectedGrowthPct", "-5.25", "clusters", "IT|ST|IT"),
                row(2, "soc", "31-1131", "title", "Nursing Assistants"));
        assertEquals(List.of(), ok.errors());
        assertEquals(new ImportRow.OccupationFigures(1, "15-1232", "Computer User Support Specialists", 60340,
                704900, new BigDecimal("-5.25"), List.of("IT", "ST")), ok.accepted().get(0));
        assertEquals(new ImportRow.OccupationFigures(2, "31-1131", "Nursing Assistants", null, null, null,
                List.of()), ok.accepted().get(1));

        ImportValidator.Result bad = validate(ImportKind.OCCUPATIONS, null,
                row(1, "soc", "15-1232", "medianAnnualWage", "60,340", "projectedGrowthPct", "-101",
                        "clusters", "IT|information"),
                row(2, "soc", "15-1233", "title", "x", "projectedGrowthPct", "1.234"));
        assertEquals(List.of("1:title", "1:medianAnnualWage", "1:projectedGrowthPct", "1:clusters",
                "2:projectedGrowthPct"), bad.errors().stream().map(e -> e.row() + ":" + e.field()).toList());
    }

    @Test
    void stateWagesArePositiveAndOncePerStateYear() {
        ImportValidator.Result result = validate(ImportKind.STATE_WAGES, null,
                row(1, "state", "NJ", "year", "2024", "medianAnnualWage", "57020"),
                row(2, "state", "NJ", "year", "2024", "medianAnnualWage", "57021"),
                row(3, "state", "NY", "year", "2024", "medianAnnualWage", "0"));
        assertEquals(List.of("2:year", "3:medianAnnualWage"), result.errors().stream()
                .map(e -> e.row() + ":" + e.field()).toList());
    }

    @Test
    void apiEntitiesAreReportedByFieldPath() {
        ImportValidator.Result result = ImportValidator.validateEntities(ImportKind.STATE_WAGES,
                List.of(Map.of("state", "NJ", "year", "2024", "medianAnnualWage", "1"),
                        Map.of("state", "NJ", "year", "2024")), "wages", LATEST);
        assertEquals(List.of(FieldError.field("wages[1].medianAnnualWage", "is required")), result.errors());
    }

    @Test
    void theContentHashIgnoresRowOrderAndRowNumbersButNotValues() {
        List<ImportRow> rows = List.of(new ImportRow.CredentialPostings(2, "NJ", 2024, "a", 1),
                new ImportRow.CredentialPostings(3, "NJ", 2024, "b", 2));
        List<ImportRow> reordered = List.of(new ImportRow.CredentialPostings(1, "NJ", 2024, "b", 2),
                new ImportRow.CredentialPostings(2, "NJ", 2024, "a", 1));
        assertEquals(ContentHash.of(ImportKind.CREDENTIAL_POSTINGS, rows),
                ContentHash.of(ImportKind.CREDENTIAL_POSTINGS, reordered));
        assertNotEquals(ContentHash.of(ImportKind.CREDENTIAL_POSTINGS, rows), ContentHash.of(
                ImportKind.CREDENTIAL_POSTINGS, List.of(new ImportRow.CredentialPostings(2, "NJ", 2024, "a", 1),
                        new ImportRow.CredentialPostings(3, "NJ", 2024, "b", 3))));
    }
}
