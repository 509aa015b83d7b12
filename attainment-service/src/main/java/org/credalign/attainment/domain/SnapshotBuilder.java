package org.credalign.attainment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credalign.commons.api.SchoolYear;

/**
 * The rules of a submission, in one place, applied row by row as the file streams in: each row is validated
 * (errors reject it, warnings keep it), then either added as an aggregate count or — for student-level rows —
 * counted once per student, credential and level into every subgroup the student belongs to. Only the counts are
 * kept, never a student row. {@link #finish} applies the whole-file rules (ALL present, change from the previous
 * year) and returns the counts the submission would apply.
 *
 * <p>Rows with errors never contribute. In atomic mode the caller applies nothing when {@link Snapshot#errors()} is
 * positive; in partial mode it applies the counts returned, which hold only valid rows (a credential and level
 * whose ALL row is missing or invalid is dropped as a whole, since its subgroup counts would have no total).
 */
public final class SnapshotBuilder {

    public static final List<String> AGGREGATE_FIELDS = List.of("credentialId", "codeSystem", "code", "level",
            "subgroup", "earned", "state", "schoolYear");
    public static final List<String> STUDENT_FIELDS = List.of("studentKey", "credentialId", "codeSystem", "code",
            "level", "outcome", "sex", "race", "economicallyDisadvantaged", "disability", "englishLearner", "state",
            "schoolYear");
    /** Every column a file may have, for CSV header checks. */
    public static final Set<String> ALL_FIELDS;

    static {
        Set<String> all = new HashSet<>(AGGREGATE_FIELDS);
        all.addAll(STUDENT_FIELDS);
        ALL_FIELDS = Set.copyOf(all);
    }

    private static final Set<String> AGGREGATE_FIELD_SET = Set.copyOf(AGGREGATE_FIELDS);
    private static final Set<String> STUDENT_FIELD_SET = Set.copyOf(STUDENT_FIELDS);
    private static final Map<String, Integer> SEX_INDEX = indexOf("SEX:", "F", "M", "X");
    private static final Map<String, Integer> RACE_INDEX = indexOf("RACE:", "AMERICAN_INDIAN", "ASIAN", "BLACK",
            "HISPANIC", "PACIFIC_ISLANDER", "TWO_OR_MORE", "WHITE");
    private static final Set<String> SEX = SEX_INDEX.keySet();
    private static final Set<String> RACE = RACE_INDEX.keySet();
    private static final int MAX_STUDENT_KEY_LENGTH = 128;
    private static final int DISADVANTAGED = Subgroups.index("ECON:DISADVANTAGED");
    private static final int NOT_DISADVANTAGED = Subgroups.index("ECON:NOT_DISADVANTAGED");
    private static final int SWD = Subgroups.index("SWD");
    private static final int EL = Subgroups.index("EL");

    private final String state;
    private final SchoolYear year;
    private final CatalogView catalog;
    private final IssueSink sink;

    private RowKind kind;
    private long kindRow;
    /** Aggregate rows by key (keys are few: credentials × levels × 15 subgroups). */
    private final Map<AggregateRow.Key, AggregateRow> aggregates = new HashMap<>();
    private final Map<CredentialLevel, StudentTally> tallies = new HashMap<>();
    /** First row naming each credential, for once-per-credential warnings. */
    private final Map<String, Long> firstRowOfCredential = new LinkedHashMap<>();
    private Set<String> lastCleanFieldNames;
    private Set<String> lastCleanAllowed;
    private long rowsReceived;
    private long rowsValid;
    private long errors;
    private long warnings;

    public SnapshotBuilder(String state, SchoolYear year, CatalogView catalog, IssueSink sink) {
        this.state = state;
        this.year = year;
        this.catalog = catalog;
        this.sink = sink;
    }

    /** Counts of one credential and level from student rows: each student once. */
    private static final class StudentTally {
        final long firstRow;
        final StudentKeySet students = new StudentKeySet();
        final int[] bySubgroup = new int[Subgroups.ORDERED.size()];

        StudentTally(long firstRow) {
            this.firstRow = firstRow;
        }
    }

    public void accept(RawRow raw) {
        rowsReceived++;
        if (raw.malformed() != null) {
            error(raw.row(), "(row)", raw.malformed());
            return;
        }
        RowKind rowKind = raw.fields().containsKey("studentKey") ? RowKind.STUDENT : RowKind.AGGREGATE;
        if (kind == null) {
            kind = rowKind;
            kindRow = raw.row();
        } else if (kind != rowKind) {
            error(raw.row(), "studentKey", "row " + kindRow + " started a file of " + describe(kind)
                    + " rows; one submission cannot mix aggregate and student-level rows");
            return;
        }
        long errorsBefore = errors;
        if (rowKind == RowKind.AGGREGATE) {
            acceptAggregate(raw);
        } else {
            acceptStudent(raw);
        }
        if (errors == errorsBefore) {
            rowsValid++;
        }
    }

    private void acceptAggregate(RawRow raw) {
        long r = raw.row();
        Map<String, String> f = raw.fields();
        long before = errors;
        checkFields(r, f, AGGREGATE_FIELD_SET);
        checkStateAndYear(r, f);
        String credentialId = credential(r, f);
        Level level = level(r, f.get("level"));
        String subgroup = f.get("subgroup");
        if (Subgroups.index(subgroup) < 0) {
            error(r, "subgroup", "unknown subgroup '" + subgroup + "'; use ALL, SEX:F, RACE:ASIAN, "
                    + "ECON:DISADVANTAGED, SWD, EL ... (GET /api/v1/submissions/template)");
        }
        Integer earned = wholeNumber(f.get("earned"));
        if (earned == null) {
            error(r, "earned", "must be a whole number ≥ 0, got '" + f.get("earned") + "'");
        }
        if (errors > before) {
            return;
        }
        AggregateRow row = new AggregateRow(r, credentialId, level, subgroup, earned);
        AggregateRow first = aggregates.putIfAbsent(row.key(), row);
        if (first != null) {
            error(r, "subgroup", "duplicate of row " + first.row() + " (same credential, level and subgroup)");
        }
    }

    private void acceptStudent(RawRow raw) {
        long r = raw.row();
        Map<String, String> f = raw.fields();
        long before = errors;
        checkFields(r, f, STUDENT_FIELD_SET);
        checkStateAndYear(r, f);
        String studentKey = f.get("studentKey");
        if (isBlank(studentKey)) {
            error(r, "studentKey", "is required (the state's hashed student identifier)");
        } else if (studentKey.length() > MAX_STUDENT_KEY_LENGTH) {
            error(r, "studentKey", "must be at most " + MAX_STUDENT_KEY_LENGTH + " characters");
        }
        String credentialId = credential(r, f);
        Level level = level(r, f.get("level"));
        String outcome = f.get("outcome");
        boolean earned = outcome == null || "EARNED".equals(outcome);
        if (!earned && !"NOT_EARNED".equals(outcome)) {
            error(r, "outcome", "must be EARNED or NOT_EARNED (empty means EARNED), got '" + outcome + "'");
        }
        String sex = f.get("sex");
        if (sex != null && !SEX.contains(sex)) {
            error(r, "sex", "must be F, M or X (or empty when unknown), got '" + sex + "'");
        }
        String race = f.get("race");
        if (race != null && !RACE.contains(race)) {
            error(r, "race", "must be one of " + new java.util.TreeSet<>(RACE) + " (or empty), got '" + race + "'");
        }
        Boolean disadvantaged = flag(r, f, "economicallyDisadvantaged");
        Boolean disability = flag(r, f, "disability");
        Boolean englishLearner = flag(r, f, "englishLearner");
        if (errors > before || !earned) {
            return;
        }
        StudentTally tally = tallies.get(new CredentialLevel(credentialId, level));
        if (tally == null) {
            tally = new StudentTally(r);
            tallies.put(new CredentialLevel(credentialId, level), tally);
        }
        if (!tally.students.add(studentKey)) {
            return; // a student counts once per credential and level; the first row's demographics count
        }
        int[] counts = tally.bySubgroup;
        counts[0]++;
        if (sex != null) {
            counts[SEX_INDEX.get(sex)]++;
        }
        if (race != null) {
            counts[RACE_INDEX.get(race)]++;
        }
        if (disadvantaged != null) {
            counts[disadvantaged ? DISADVANTAGED : NOT_DISADVANTAGED]++;
        }
        if (Boolean.TRUE.equals(disability)) {
            counts[SWD]++;
        }
        if (Boolean.TRUE.equals(englishLearner)) {
            counts[EL]++;
        }
    }

    /** A problem with the file as a whole (e.g. an unknown CSV column), reported as an error at its row. */
    public void fileError(Long row, String field, String message) {
        error(row, field, message);
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return warnings;
    }

    /**
     * Whole-file rules, then the counts to apply.
     *
     * @param previousYearAll ALL counts per credential and level of the state's accepted submission of the previous
     *                        school year; null when there is none (then no change is judged)
     */
    public Snapshot finish(Map<CredentialLevel, Integer> previousYearAll) {
        List<AggregateRow> counts = new ArrayList<>();
        if (kind == RowKind.STUDENT) {
            tallies.forEach((cl, tally) -> {
                for (int i = 0; i < tally.bySubgroup.length; i++) {
                    if (i == 0 || tally.bySubgroup[i] > 0) {
                        counts.add(new AggregateRow(tally.firstRow, cl.credentialId(), cl.level(),
                                Subgroups.ORDERED.get(i), tally.bySubgroup[i]));
                    }
                }
            });
        } else {
            counts.addAll(withAllSubgroup(aggregates.values()));
        }
        counts.sort(AggregateRow.BY_KEY);
        if (counts.isEmpty() && errors == 0) {
            // A submission replaces the state-year: an empty one would silently erase it.
            error(null, "(body)", rowsReceived == 0 ? "has no rows; a submission is the state's full picture of the "
                    + "school year (to take data back, withdraw the submission)"
                    : "no row counts an earned credential (every student row is NOT_EARNED)");
        }
        warnAboutCredentials(counts);
        if (previousYearAll != null) {
            warnAboutChange(counts, previousYearAll);
        }
        return new Snapshot(kind == null ? RowKind.AGGREGATE : kind, List.copyOf(counts), rowsReceived, rowsValid,
                errors, warnings);
    }

    /** Every credential and level must carry the ALL subgroup, the total the alignment is computed on. */
    private List<AggregateRow> withAllSubgroup(Iterable<AggregateRow> rows) {
        Map<CredentialLevel, List<AggregateRow>> byCredentialLevel = new TreeMap<>();
        for (AggregateRow row : rows) {
            byCredentialLevel.computeIfAbsent(row.credentialLevel(), cl -> new ArrayList<>()).add(row);
        }
        List<AggregateRow> kept = new ArrayList<>();
        List<AggregateRow> firstRows = new ArrayList<>();
        byCredentialLevel.forEach((cl, group) -> {
            if (group.stream().anyMatch(r -> Subgroups.ALL.equals(r.subgroup()))) {
                kept.addAll(group);
            } else {
                firstRows.add(group.stream().min(java.util.Comparator.comparingLong(AggregateRow::row)).orElseThrow());
            }
        });
        firstRows.sort(java.util.Comparator.comparingLong(AggregateRow::row));
        firstRows.forEach(first -> error(first.row(), "subgroup", "credential '" + first.credentialId()
                + "' at level " + first.level() + " has no valid row for subgroup ALL (required); its rows are not "
                + "applied"));
        return kept;
    }

    private void warnAboutCredentials(List<AggregateRow> counts) {
        Set<String> applied = new HashSet<>();
        counts.forEach(c -> applied.add(c.credentialId()));
        Set<String> approved = catalog.approvedList();
        firstRowOfCredential.forEach((credentialId, row) -> {
            if (!applied.contains(credentialId)) {
                return;
            }
            if (CatalogView.RETIRED.equals(catalog.status(credentialId))) {
                warning(row, "credentialId", "credential '" + credentialId + "' is retired in the catalog; "
                        + "its counts are kept for this year");
            }
            if (approved != null && !approved.contains(credentialId)) {
                warning(row, "credentialId", "credential '" + credentialId + "' is not on " + state
                        + "'s approved list");
            }
        });
    }

    /** A credential's ALL count changed by more than 50% from the previous year, when either side is ≥ 50. */
    private void warnAboutChange(List<AggregateRow> counts, Map<CredentialLevel, Integer> previousYearAll) {
        Set<CredentialLevel> seen = new HashSet<>();
        for (AggregateRow count : counts) {
            if (!Subgroups.ALL.equals(count.subgroup())) {
                continue;
            }
            seen.add(count.credentialLevel());
            int previous = previousYearAll.getOrDefault(count.credentialLevel(), 0);
            if (ChangeRule.isLargeChange(previous, count.earned())) {
                warning(count.row(), kind == RowKind.STUDENT ? "credentialId" : "earned",
                        count.credentialLevel() + ": " + previous + " in " + new SchoolYear(year.endYear() - 1)
                                + ", " + count.earned() + " now (" + ChangeRule.describe(previous, count.earned())
                                + ")");
            }
        }
        new TreeMap<>(previousYearAll).forEach((cl, previous) -> {
            if (!seen.contains(cl) && ChangeRule.isLargeChange(previous, 0)) {
                warning(null, "credentialId", cl + ": " + previous + " in " + new SchoolYear(year.endYear() - 1)
                        + ", none in this submission");
            }
        });
    }

    private void checkFields(long r, Map<String, String> f, Set<String> allowed) {
        Set<String> names = f.keySet();
        // CSV rows share one key set (the header's); once it is known to be clean it need not be checked again.
        if (names == lastCleanFieldNames && allowed == lastCleanAllowed) {
            return;
        }
        long before = errors;
        for (String field : names) {
            if (!allowed.contains(field)) {
                error(r, field, "unknown field for " + describe(allowed == STUDENT_FIELD_SET ? RowKind.STUDENT
                        : RowKind.AGGREGATE) + " rows; expected " + (allowed == STUDENT_FIELD_SET ? STUDENT_FIELDS
                        : AGGREGATE_FIELDS));
            }
        }
        if (errors == before) {
            lastCleanFieldNames = names;
            lastCleanAllowed = allowed;
        }
    }

    /** Optional per-row state and schoolYear columns must agree with the submission's path and query. */
    private void checkStateAndYear(long r, Map<String, String> f) {
        String rowState = f.get("state");
        if (rowState != null && !rowState.equals(state)) {
            error(r, "state", "row is for state '" + rowState + "' but this submission is for " + state);
        }
        String rowYear = f.get("schoolYear");
        if (rowYear != null) {
            SchoolYear parsed = SchoolYear.parseOrNull(rowYear);
            if (parsed == null) {
                error(r, "schoolYear", "must be " + SchoolYear.describeRule() + ", got '" + rowYear + "'");
            } else if (!parsed.equals(year)) {
                error(r, "schoolYear", "row is for " + parsed + " but this submission is for " + year);
            }
        }
    }

    /** Resolves credentialId or codeSystem + code to a catalog id; null (with an error) when it cannot. */
    private String credential(long r, Map<String, String> f) {
        String credentialId = f.get("credentialId");
        String system = f.get("codeSystem");
        String code = f.get("code");
        String resolved = null;
        if (system != null || code != null) {
            if (system == null || code == null) {
                error(r, system == null ? "codeSystem" : "code", "codeSystem and code go together");
                return null;
            }
            resolved = catalog.credentialOfCode(system, code);
            if (resolved == null) {
                error(r, "code", "unknown code '" + code + "' in code system '" + system + "'");
                return null;
            }
            if (credentialId != null && !credentialId.equals(resolved)) {
                error(r, "credentialId", "'" + credentialId + "' contradicts " + system + " code '" + code
                        + "', which is '" + resolved + "'");
                return null;
            }
        } else if (isBlank(credentialId)) {
            error(r, "credentialId", "is required (or codeSystem + code)");
            return null;
        } else if (catalog.status(credentialId) == null) {
            error(r, "credentialId", "unknown credential '" + credentialId + "'");
            return null;
        } else {
            resolved = credentialId;
        }
        if (!firstRowOfCredential.containsKey(resolved)) {
            firstRowOfCredential.put(resolved, r);
        }
        return resolved;
    }

    private Level level(long r, String text) {
        if ("SECONDARY".equals(text)) {
            return Level.SECONDARY;
        }
        if ("POSTSECONDARY".equals(text)) {
            return Level.POSTSECONDARY;
        }
        error(r, "level", "must be SECONDARY or POSTSECONDARY, got '" + text + "'");
        return null;
    }

    private Boolean flag(long r, Map<String, String> f, String field) {
        String text = f.get(field);
        if (text == null) {
            return null;
        }
        switch (text) {
            case "true", "TRUE", "Y", "y", "1":
                return Boolean.TRUE;
            case "false", "FALSE", "N", "n", "0":
                return Boolean.FALSE;
            default:
                error(r, field, "must be true or false (or Y/N, 1/0, empty when unknown), got '" + text + "'");
                return null;
        }
    }

    /** Student field value → index of its subgroup in {@link Subgroups#ORDERED}. */
    private static Map<String, Integer> indexOf(String prefix, String... values) {
        Map<String, Integer> index = new HashMap<>();
        for (String value : values) {
            index.put(value, Subgroups.index(prefix + value));
        }
        return Map.copyOf(index);
    }

    private static Integer wholeNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Integer.valueOf(text);
    }

    private void error(Long row, String field, String message) {
        errors++;
        sink.error(row, field, message);
    }

    private void warning(Long row, String field, String message) {
        warnings++;
        sink.warning(row, field, message);
    }

    private static String describe(RowKind kind) {
        return kind == RowKind.STUDENT ? "student-level" : "aggregate";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
