package org.credalign.attainment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.api.SchoolYear;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

    private static final SchoolYear YEAR = new SchoolYear(2024);

    /** comptia-a-plus and osha-10 active (osha-10 has CIP code 46.0000), old-cert retired. */
    private static final CatalogView CATALOG = new CatalogView() {
        @Override
        public String status(String id) {
            return switch (id) {
                case "comptia-a-plus", "osha-10" -> ACTIVE;
                case "old-cert" -> RETIRED;
                default -> null;
            };
        }

        @Override
        public String credentialOfCode(String system, String code) {
            return "CIP".equals(system) && "46.0000".equals(code) ? "osha-10" : null;
        }

        @Override
        public Set<String> approvedList() {
            return approved;
        }
    };
    private static Set<String> approved;

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final IssueSink sink = new IssueSink() {
        @Override
        public void error(Long row, String field, String message) {
            errors.add(row + ":" + field);
        }

        @Override
        public void warning(Long row, String field, String message) {
            warnings.add(row + ":" + field + ":" + message);
        }
    };

    private Snapshot build(Map<CredentialLevel, Integer> previousYear, RawRow... rows) {
        SnapshotBuilder builder = new SnapshotBuilder("NJ", YEAR, CATALOG, sink);
        for (RawRow row : rows) {
            builder.accept(row);
        }
        return builder.finish(previousYear);
    }

    private static RawRow aggregate(long n, String credentialId, String level, String subgroup, String earned) {
        return RawRow.of(n, Map.of("credentialId", credentialId, "level", level, "subgroup", subgroup,
                "earned", earned));
    }

    private static RawRow student(long n, String key, String credentialId, String... demographics) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("studentKey", key);
        fields.put("credentialId", credentialId);
        fields.put("level", "SECONDARY");
        for (int i = 0; i < demographics.length; i += 2) {
            fields.put(demographics[i], demographics[i + 1]);
        }
        return RawRow.of(n, fields);
    }

    private static Map<String, Integer> countsOf(Snapshot snapshot, String credentialId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        snapshot.counts().stream().filter(c -> c.credentialId().equals(credentialId))
                .forEach(c -> counts.put(c.level() + " " + c.subgroup(), c.earned()));
        return counts;
    }

    @Test
    void validAggregateRowsBecomeTheCounts() {
        Snapshot snapshot = build(null,
                aggregate(1, "comptia-a-plus", "SECONDARY", "ALL", "120"),
                aggregate(2, "comptia-a-plus", "SECONDARY", "SEX:F", "31"),
                aggregate(3, "osha-10", "POSTSECONDARY", "ALL", "0"));
        assertEquals(List.of(), errors);
        assertEquals(Map.of("SECONDARY ALL", 120, "SECONDARY SEX:F", 31), countsOf(snapshot, "comptia-a-plus"));
        assertEquals(Map.of("POSTSECONDARY ALL", 0), countsOf(snapshot, "osha-10"));
        assertEquals(3, snapshot.rowsValid());
    }

    @Test
    void eachBadFieldIsReportedWithItsRow() {
        build(null,
                aggregate(1, "comptia-a", "SECONDARY", "ALL", "5"),
                aggregate(2, "osha-10", "MIDDLE", "ALL", "5"),
                aggregate(3, "osha-10", "SECONDARY", "GENDER:F", "5"),
                aggregate(4, "osha-10", "SECONDARY", "ALL", "-3"),
                aggregate(5, "osha-10", "SECONDARY", "ALL", "2.5"),
                RawRow.malformed(6, "must be a JSON object, got an array"),
                RawRow.of(7, Map.of("credentialId", "osha-10", "level", "SECONDARY", "subgroup", "ALL",
                        "earned", "1", "state", "NY")),
                RawRow.of(8, Map.of("credentialId", "osha-10", "level", "SECONDARY", "subgroup", "ALL",
                        "earned", "1", "schoolYear", "2022-23")),
                RawRow.of(9, Map.of("credentialId", "osha-10", "level", "SECONDARY", "subgroup", "ALL",
                        "earned", "1", "schoolYear", "1999")));
        assertEquals(List.of("1:credentialId", "2:level", "3:subgroup", "4:earned", "5:earned", "6:(row)",
                "7:state", "8:schoolYear", "9:schoolYear"), errors);
    }

    @Test
    void duplicatesAndAMissingAllSubgroupAreErrorsAndPartialKeepsOnlyCompleteGroups() {
        Snapshot snapshot = build(null,
                aggregate(1, "osha-10", "SECONDARY", "ALL", "5"),
                aggregate(2, "osha-10", "SECONDARY", "ALL", "6"),
                aggregate(3, "comptia-a-plus", "SECONDARY", "SEX:F", "2"));
        assertEquals(List.of("2:subgroup", "3:subgroup"), errors);
        assertEquals(2, snapshot.errors());
        // What partial mode would apply: the first osha-10 row; comptia-a-plus has no total, so none of it.
        assertEquals(Map.of("SECONDARY ALL", 5), countsOf(snapshot, "osha-10"));
        assertEquals(Map.of(), countsOf(snapshot, "comptia-a-plus"));
    }

    @Test
    void unknownFieldsAreNamed() {
        build(null, RawRow.of(1, Map.of("credentialId", "osha-10", "level", "SECONDARY", "subgroup", "ALL",
                "earned", "1", "earnd", "2")));
        assertEquals(List.of("1:earnd"), errors);
    }

    @Test
    void codeSystemAndCodeResolveThroughTheCatalog() {
        Snapshot snapshot = build(null,
                RawRow.of(1, Map.of("codeSystem", "CIP", "code", "46.0000", "level", "SECONDARY", "subgroup", "ALL",
                        "earned", "7")),
                RawRow.of(2, Map.of("codeSystem", "CIP", "code", "99.9999", "level", "SECONDARY", "subgroup", "ALL",
                        "earned", "7")),
                RawRow.of(3, Map.of("code", "46.0000", "level", "SECONDARY", "subgroup", "SEX:F", "earned", "1")));
        assertEquals(List.of("2:code", "3:codeSystem"), errors);
        assertEquals(Map.of("SECONDARY ALL", 7), countsOf(snapshot, "osha-10"));
    }

    @Test
    void studentRowsAreCountedOncePerStudentIntoEveryDerivedSubgroup() {
        Snapshot snapshot = build(null,
                student(1, "s1", "osha-10", "sex", "F", "race", "ASIAN", "economicallyDisadvantaged", "true",
                        "disability", "true", "englishLearner", "false"),
                student(2, "s2", "osha-10", "sex", "M", "race", "ASIAN", "economicallyDisadvantaged", "N"),
                // s1 again (e.g. a retake): counts once, with the first row's demographics
                student(3, "s1", "osha-10", "sex", "M", "race", "WHITE"),
                student(4, "s3", "osha-10", "outcome", "NOT_EARNED", "sex", "F"),
                student(5, "s3", "comptia-a-plus", "englishLearner", "Y"));
        assertEquals(List.of(), errors);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("SECONDARY ALL", 2);
        expected.put("SECONDARY SEX:F", 1);
        expected.put("SECONDARY SEX:M", 1);
        expected.put("SECONDARY RACE:ASIAN", 2);
        expected.put("SECONDARY ECON:DISADVANTAGED", 1);
        expected.put("SECONDARY ECON:NOT_DISADVANTAGED", 1);
        expected.put("SECONDARY SWD", 1);
        assertEquals(expected, countsOf(snapshot, "osha-10"));
        assertEquals(Map.of("SECONDARY ALL", 1, "SECONDARY EL", 1), countsOf(snapshot, "comptia-a-plus"));
        assertEquals(RowKind.STUDENT, snapshot.kind());
    }

    @Test
    void badStudentRowsAndMixedKindsAreErrors() {
        build(null,
                student(1, "s1", "osha-10", "sex", "Q"),
                student(2, "", "osha-10"),
                student(3, "s3", "osha-10", "race", "martian", "outcome", "PASSED", "disability", "maybe"),
                aggregate(4, "osha-10", "SECONDARY", "ALL", "5"));
        assertEquals(List.of("1:sex", "2:studentKey", "3:outcome", "3:race", "3:disability", "4:studentKey"),
                errors);
    }

    @Test
    void retiredAndUnapprovedCredentialsAreWarnedOnceAndKept() {
        approved = Set.of("comptia-a-plus");
        try {
            Snapshot snapshot = build(null,
                    aggregate(1, "old-cert", "SECONDARY", "ALL", "4"),
                    aggregate(2, "old-cert", "SECONDARY", "SEX:F", "4"),
                    aggregate(3, "comptia-a-plus", "SECONDARY", "ALL", "4"));
            assertEquals(List.of(), errors);
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("1:credentialId:") && warnings.get(0).contains("retired"));
            assertTrue(warnings.get(1).startsWith("1:credentialId:") && warnings.get(1).contains("approved list"));
            assertEquals(Map.of("SECONDARY ALL", 4, "SECONDARY SEX:F", 4), countsOf(snapshot, "old-cert"));
        } finally {
            approved = null;
        }
    }

    @Test
    void aLargeChangeFromThePreviousYearIsAWarning() {
        Map<CredentialLevel, Integer> previous = new HashMap<>();
        previous.put(new CredentialLevel("osha-10", Level.SECONDARY), 100);        // 100 -> 151: +51% warn
        previous.put(new CredentialLevel("comptia-a-plus", Level.SECONDARY), 100); // 100 -> 150: +50% no
        previous.put(new CredentialLevel("old-cert", Level.SECONDARY), 60);        // 60 -> absent: warn (row null)
        build(previous,
                aggregate(1, "osha-10", "SECONDARY", "ALL", "151"),
                aggregate(2, "comptia-a-plus", "SECONDARY", "ALL", "150"));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("1:earned:"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("null:credentialId:"), warnings.get(1));
    }

    @Test
    void changeRuleNeedsVolumeOnOneSideAndMoreThanHalf() {
        assertTrue(ChangeRule.isLargeChange(100, 151));
        assertTrue(ChangeRule.isLargeChange(100, 49));
        assertTrue(!ChangeRule.isLargeChange(100, 50));
        assertTrue(!ChangeRule.isLargeChange(100, 150));
        assertTrue(ChangeRule.isLargeChange(0, 50));
        assertTrue(!ChangeRule.isLargeChange(0, 49));
        assertTrue(!ChangeRule.isLargeChange(20, 45), "neither side reaches 50");
    }

    @Test
    void anEmptySubmissionIsAnErrorNotAnEraser() {
        Snapshot snapshot = build(null);
        assertEquals(List.of("null:(body)"), errors);
        assertEquals(1, snapshot.errors());
        errors.clear();
        build(null, student(1, "s1", "osha-10", "outcome", "NOT_EARNED"));
        assertEquals(List.of("null:(body)"), errors);
    }

    @Test
    void contentHashIgnoresRowOrder() {
        var a = new AggregateRow(1, "osha-10", Level.SECONDARY, "ALL", 5);
        var b = new AggregateRow(2, "comptia-a-plus", Level.SECONDARY, "ALL", 7);
        assertEquals(ContentHash.of(List.of(a, b)), ContentHash.of(List.of(b, a)));
        assertNotEquals(ContentHash.of(List.of(a)), ContentHash.of(List.of(b)));
    }

    @Test
    void studentKeySetTellsNewFromSeenAcrossGrowth() {
        StudentKeySet set = new StudentKeySet();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(set.add("student-" + i));
        }
        for (int i = 0; i < 10_000; i += 7) {
            assertTrue(!set.add("student-" + i));
        }
        assertEquals(10_000, set.size());
    }
}
