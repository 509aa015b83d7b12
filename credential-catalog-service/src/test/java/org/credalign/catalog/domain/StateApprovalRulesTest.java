package org.credalign.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.credalign.commons.problem.FieldError;
import org.junit.jupiter.api.Test;

class StateApprovalRulesTest {

    private static final Map<String, CredentialStatus> CATALOG = Map.of("a", CredentialStatus.ACTIVE,
            "old", CredentialStatus.RETIRED);
    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidListHasNoErrorsAndIsSortedWithAmountsInCents() {
        var entries = List.of(
                new StateApprovalRules.EntryDraft("old", "PHASING_OUT", JULY, null, null),
                new StateApprovalRules.EntryDraft("a", "APPROVED", JULY, JULY.plusYears(3), new BigDecimal("1000")));
        assertEquals(List.of(), StateApprovalRules.check(entries, CATALOG));
        List<ApprovalEntry> result = StateApprovalRules.toEntries(entries);
        assertEquals("a", result.get(0).credentialId());
        assertEquals(new BigDecimal("1000.00"), result.get(0).incentiveAmount());
    }

    @Test
    void everyBrokenRuleIsNamedByEntryAndField() {
        var entries = Arrays.asList(
                new StateApprovalRules.EntryDraft("nope", "APPROVED", null, null, null),
                new StateApprovalRules.EntryDraft("a", "MAYBE", JULY, JULY.minusDays(1), new BigDecimal("-1")),
                new StateApprovalRules.EntryDraft("a", "APPROVED", null, null, new BigDecimal("10.005")),
                new StateApprovalRules.EntryDraft("old", "APPROVED", null, null, null),
                null,
                new StateApprovalRules.EntryDraft(null, null, null, null, null));
        assertEquals(List.of("entries[0].credentialId", "entries[1].status", "entries[1].reviewDue",
                "entries[1].incentiveAmount", "entries[2].credentialId", "entries[2].incentiveAmount",
                "entries[3].status", "entries[4]", "entries[5].credentialId", "entries[5].status"),
                fields(StateApprovalRules.check(entries, CATALOG)));
    }
}
