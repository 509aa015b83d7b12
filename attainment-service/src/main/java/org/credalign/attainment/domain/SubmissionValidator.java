package org.credalign.attainment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.credalign.commons.problem.FieldError;

/**
 * The rules an aggregate attainment row must satisfy, in one place. Every error is reported with its row and
 * field so a state can fix its whole file in one pass.
 */
public final class SubmissionValidator {

    static final Set<String> AGGREGATE_FIELDS = Set.of("credentialId", "level", "subgroup", "earned");

    private SubmissionValidator() {
    }

    public record Result(List<AggregateRow> accepted, List<FieldError> errors) {
        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public static Result validate(List<RawRow> rows, Predicate<String> knownCredential) {
        List<AggregateRow> accepted = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<AggregateRow.Key, Long> firstRowOfKey = new HashMap<>();
        for (RawRow raw : rows) {
            if (raw.malformed() != null) {
                errors.add(FieldError.row(raw.row(), "(row)", raw.malformed()));
                continue;
            }
            AggregateRow row = validateRow(raw, knownCredential, errors);
            if (row == null) {
                continue;
            }
            Long first = firstRowOfKey.putIfAbsent(row.key(), row.row());
            if (first != null) {
                errors.add(FieldError.row(row.row(), "subgroup", "duplicate of row " + first + " (same credentialId, "
                        + "level and subgroup)"));
                continue;
            }
            accepted.add(row);
        }
        requireAllSubgroup(accepted, errors);
        return new Result(errors.isEmpty() ? accepted : List.of(), errors);
    }

    private static AggregateRow validateRow(RawRow raw, Predicate<String> knownCredential, List<FieldError> errors) {
        int before = errors.size();
        long r = raw.row();
        Map<String, String> f = raw.fields();
        for (String field : f.keySet()) {
            if (!AGGREGATE_FIELDS.contains(field)) {
                errors.add(FieldError.row(r, field, "unknown field; expected " + AGGREGATE_FIELDS));
            }
        }
        String credentialId = f.get("credentialId");
        if (isBlank(credentialId)) {
            errors.add(FieldError.row(r, "credentialId", "is required"));
        } else if (!knownCredential.test(credentialId)) {
            errors.add(FieldError.row(r, "credentialId", "unknown credential '" + credentialId + "'"));
        }
        Level level = null;
        String levelText = f.get("level");
        try {
            level = Level.valueOf(levelText == null ? "" : levelText);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.row(r, "level", "must be SECONDARY or POSTSECONDARY, got '" + levelText + "'"));
        }
        String subgroup = f.get("subgroup");
        if (!Subgroups.CODES.contains(subgroup == null ? "" : subgroup)) {
            errors.add(FieldError.row(r, "subgroup", "unknown subgroup '" + subgroup + "'; use ALL, SEX:F, RACE:ASIAN, "
                    + "ECON:DISADVANTAGED, SWD, EL ... (API.md)"));
        }
        Integer earned = wholeNumber(f.get("earned"));
        if (earned == null) {
            errors.add(FieldError.row(r, "earned", "must be a whole number ≥ 0, got '" + f.get("earned") + "'"));
        }
        return errors.size() > before ? null : new AggregateRow(r, credentialId, level, subgroup, earned);
    }

    /** Every credential and level present must carry the ALL subgroup, the total the alignment is computed on. */
    private static void requireAllSubgroup(List<AggregateRow> rows, List<FieldError> errors) {
        Map<String, AggregateRow> firstRowOfCredentialLevel = new LinkedHashMap<>();
        Set<String> withAll = new java.util.HashSet<>();
        for (AggregateRow row : rows) {
            String credentialLevel = row.credentialId() + " " + row.level();
            firstRowOfCredentialLevel.putIfAbsent(credentialLevel, row);
            if (Subgroups.ALL.equals(row.subgroup())) {
                withAll.add(credentialLevel);
            }
        }
        firstRowOfCredentialLevel.forEach((credentialLevel, first) -> {
            if (!withAll.contains(credentialLevel)) {
                errors.add(FieldError.row(first.row(), "subgroup", "credential '" + first.credentialId() + "' at level "
                        + first.level() + " has no row for subgroup ALL (required)"));
            }
        });
    }

    private static Integer wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
