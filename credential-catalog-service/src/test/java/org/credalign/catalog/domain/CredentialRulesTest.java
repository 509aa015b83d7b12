package org.credalign.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;
import org.junit.jupiter.api.Test;

class CredentialRulesTest {

    private static final Set<String> CLUSTERS = Set.of("IT", "HS", "MN", "AC", "TD");

    private static CredentialRules.Draft draft(String id, String type, List<String> clusters, List<String> states,
            List<ExternalCode> codes, String url, String status) {
        return new CredentialRules.Draft(id, "Name", "Issuer", type, clusters, List.of(), null, states, codes, null,
                url, status);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteLicenseRequiredInTwoStatesIsValid() {
        var draft = new CredentialRules.Draft("cna", "Certified Nursing Assistant", "State boards", "LICENSE",
                List.of("HS"), List.of("31-1131"), true, List.of("NJ", "TX"),
                List.of(new ExternalCode("NJ", "5102"), new ExternalCode("CTID", "ce-1")), "Nurse aide",
                "https://example.org/cna", "ACTIVE");
        assertTrue(CredentialRules.check(draft, CLUSTERS).isEmpty());
    }

    @Test
    void fiveClustersAreTooManyAndDuplicatesAreNamed() {
        var draft = draft("x", "CERTIFICATION", List.of("IT", "HS", "MN", "AC", "IT"), null, null, null, null);
        assertEquals(List.of("clusters", "clusters[4]"), fields(CredentialRules.check(draft, CLUSTERS)));
    }

    @Test
    void onlyLicensesCanBeRequiredByStates() {
        var draft = draft("osha-10", "GENERAL_CAREER_READINESS", List.of("AC"), List.of("NJ"), null, null, null);
        assertEquals(List.of("requiredInStates"), fields(CredentialRules.check(draft, CLUSTERS)));
    }

    @Test
    void externalCodesNeedAnUpperCaseSystemAndATrimmedCodeEachOnce() {
        var draft = draft("x", "CERTIFICATION", List.of("IT"), null, List.of(
                new ExternalCode("nj", "1"), new ExternalCode("NJ", " 2"), new ExternalCode("CTID", "a|b"),
                new ExternalCode("NJ", "3"), new ExternalCode("NJ", "3")), null, null);
        assertEquals(List.of("externalCodes[0].system", "externalCodes[1].code", "externalCodes[2].code",
                "externalCodes[4]"), fields(CredentialRules.check(draft, CLUSTERS)));
    }

    @Test
    void urlMustBeAWebAddressAndStatusAKnownOne() {
        var draft = draft("x", "CERTIFICATION", List.of("IT"), null, null, "ftp://example.org/x", "GONE");
        assertEquals(List.of("url", "status"), fields(CredentialRules.check(draft, CLUSTERS)));
    }

    @Test
    void operationNamesAreReservedIds() {
        var draft = draft("resolve", "CERTIFICATION", List.of("IT"), null, null, null, null);
        assertEquals(List.of("id"), fields(CredentialRules.check(draft, CLUSTERS)));
    }

    @Test
    void aCodeHeldByAnotherCredentialConflictsButOneHeldByItselfDoesNot() {
        List<ExternalCode> codes = List.of(new ExternalCode("NJ", "1"), new ExternalCode("NJ", "2"));
        Map<ExternalCode, String> owners = Map.of(new ExternalCode("NJ", "1"), "x", new ExternalCode("NJ", "2"), "y");
        List<FieldError> errors = CredentialRules.codeConflicts("x", codes, owners);
        assertEquals(List.of("externalCodes[1].code"), fields(errors));
        assertTrue(errors.get(0).message().contains("'y'"));
    }

    @Test
    void contentIsNormalizedSoTheSameMeaningIsTheSameContent() {
        var a = new CredentialRules.Draft("x", " Name ", "Issuer", "SOFTWARE", List.of("IT"), null, null, null,
                List.of(new ExternalCode("NJ", "2"), new ExternalCode("CTID", "9")), " ", null, null);
        var b = new CredentialRules.Draft("x", "Name", "Issuer", "SOFTWARE", List.of("IT"), List.of(), true,
                List.of(), List.of(new ExternalCode("CTID", "9"), new ExternalCode("NJ", "2")), null, "", "ACTIVE");
        assertEquals(CredentialRules.toContent(a, CredentialStatus.ACTIVE),
                CredentialRules.toContent(b, CredentialStatus.RETIRED));
    }

    @Test
    void replacingWithTheSameContentKeepsTheVersionAndRetiringTwiceToo() {
        var content = CredentialRules.toContent(draft("x", "SOFTWARE", List.of("IT"), null,
                List.of(new ExternalCode("NJ", "1")), null, null), CredentialStatus.ACTIVE);
        Credential credential = Credential.create(content, "a", java.time.Instant.EPOCH);
        assertFalse(credential.replaceWith(content, "b", java.time.Instant.EPOCH));
        assertEquals(1, credential.version);
        assertEquals("name issuer x 1 nj:1", credential.searchText);
        assertTrue(credential.retire("b", java.time.Instant.EPOCH));
        assertFalse(credential.retire("c", java.time.Instant.EPOCH));
        assertEquals(2, credential.version);
        assertEquals("b", credential.changedBy);
    }
}
