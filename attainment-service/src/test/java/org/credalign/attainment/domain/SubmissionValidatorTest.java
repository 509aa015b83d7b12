package org.credalign.attainment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private static final Set<String> CATALOG = Set.of("comptia-a-plus", "osha-10");

    private static RawRow row(long n, String credentialId, String level, String subgroup, String earned) {
        return RawRow.of(n, Map.of("credentialId", credentialId, "level", level, "subgroup", subgroup,
                "earned", earned));
    }

    private static List<String> rowAndField(SubmissionValidator.Result result) {
        return result.errors().stream().map(e -> e.row() + ":" + e.field()).toList();
    }

    @Test
    void validRowsAreAcceptedInOrder() {
        var result = SubmissionValidator.validate(List.of(
                row(1, "comptia-a-plus", "SECONDARY", "ALL", "120"),
                row(2, "comptia-a-plus", "SECONDARY", "SEX:F", "31"),
                row(3, "osha-10", "POSTSECONDARY", "ALL", "0")), CATALOG::contains);
        assertTrue(result.errors().isEmpty());
        assertEquals(3, result.accepted().size());
        assertEquals(31, result.accepted().get(1).earned());
    }

    @Test
    void eachBadFieldIsReportedWithItsRow() {
        var result = SubmissionValidator.validate(List.of(
                row(1, "comptia-a", "SECONDARY", "ALL", "5"),
                row(2, "osha-10", "MIDDLE", "ALL", "5"),
                row(3, "osha-10", "SECONDARY", "GENDER:F", "5"),
                row(4, "osha-10", "SECONDARY", "ALL", "-3"),
                row(5, "osha-10", "SECONDARY", "ALL", "2.5"),
                RawRow.malformed(6, "must be a JSON object, got ARRAY")), CATALOG::contains);
        assertEquals(List.of("1:credentialId", "2:level", "3:subgroup", "4:earned", "5:earned", "6:(row)"),
                rowAndField(result));
        assertTrue(result.accepted().isEmpty(), "atomic: nothing is accepted when any row is invalid");
    }

    @Test
    void duplicatesAndAMissingAllSubgroupAreErrors() {
        var result = SubmissionValidator.validate(List.of(
                row(1, "osha-10", "SECONDARY", "ALL", "5"),
                row(2, "osha-10", "SECONDARY", "ALL", "6"),
                row(3, "comptia-a-plus", "SECONDARY", "SEX:F", "2")), CATALOG::contains);
        assertEquals(List.of("2:subgroup", "3:subgroup"), rowAndField(result));
        FieldError missingAll = result.errors().get(1);
        assertTrue(missingAll.message().contains("ALL"), missingAll.message());
    }

    @Test
    void unknownFieldsAreNamed() {
        var result = SubmissionValidator.validate(List.of(RawRow.of(1, Map.of("credentialId", "osha-10", "level",
                "SECONDARY", "subgroup", "ALL", "earned", "1", "earnd", "2"))), CATALOG::contains);
        assertEquals(List.of("1:earnd"), rowAndField(result));
    }

    @Test
    void contentHashIgnoresRowOrder() {
        var a = new AggregateRow(1, "osha-10", Level.SECONDARY, "ALL", 5);
        var b = new AggregateRow(2, "comptia-a-plus", Level.SECONDARY, "ALL", 7);
        assertEquals(ContentHash.of(List.of(a, b)), ContentHash.of(List.of(b, a)));
        assertTrue(!ContentHash.of(List.of(a)).equals(ContentHash.of(List.of(b))));
    }
}
