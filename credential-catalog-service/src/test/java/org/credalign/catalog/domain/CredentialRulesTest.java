package org.credalign.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.credalign.commons.problem.FieldError;
import org.junit.jupiter.api.Test;

class CredentialRulesTest {

    private static final Set<String> CLUSTERS = Set.of("IT", "HS", "MN", "AC", "TD");

    @Test
    void aCompleteLicenseRequiredInTwoStatesIsValid() {
        var draft = new CredentialRules.Draft("cna", "Certified Nursing Assistant", "State boards", "LICENSE",
                List.of("HS"), List.of("31-1131"), List.of("NJ", "TX"));
        assertTrue(CredentialRules.check(draft, CLUSTERS).isEmpty());
    }

    @Test
    void fiveClustersAreTooManyAndDuplicatesAreNamed() {
        var draft = new CredentialRules.Draft("x", "X", "Y", "CERTIFICATION",
                List.of("IT", "HS", "MN", "AC", "IT"), List.of(), List.of());
        List<String> fields = CredentialRules.check(draft, CLUSTERS).stream().map(FieldError::field).toList();
        assertEquals(List.of("clusters", "clusters[4]"), fields);
    }

    @Test
    void onlyLicensesCanBeRequiredByStates() {
        var draft = new CredentialRules.Draft("osha-10", "OSHA 10", "OSHA", "GENERAL_CAREER_READINESS",
                List.of("AC"), List.of(), List.of("NJ"));
        assertEquals(List.of("requiredInStates"),
                CredentialRules.check(draft, CLUSTERS).stream().map(FieldError::field).toList());
    }
}
