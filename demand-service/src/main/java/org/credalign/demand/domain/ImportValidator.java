package org.credalign.demand.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;

/**
 * The rules a vendor import must satisfy, in one place. Every error is reported with its row and field so a vendor
 * can fix the whole file in one pass; an import with any error is refused as a whole (atomic).
 */
public final class ImportValidator {

    public static final int FIRST_YEAR = 2000;
    /** Postings and wages are counts and dollars: whole numbers that fit comfortably in an int. */
    static final long MAX_WHOLE = 999_999_999L;
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_CLUSTERS = 16;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern GROWTH = Pattern.compile("-?\\d{1,4}(\\.\\d{1,2})?");
    private static final Pattern CLUSTER = Pattern.compile("[A-Z]{2,4}");
    private static final BigDecimal MIN_GROWTH = BigDecimal.valueOf(-100);

    private ImportValidator() {
    }

    public record Result(List<ImportRow> accepted, List<FieldError> errors, List<FieldError> warnings) {
        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /**
     * @param csvHeader  the header of a CSV file (checked once, reported as row 1), or null for JSON
     * @param latestYear the latest calendar year accepted (the current year)
     */
    public static Result validate(ImportKind kind, List<String> csvHeader, List<RawRow> rows,
            CredentialDirectory catalog, int latestYear) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        if (csvHeader != null && !validHeader(kind, csvHeader, errors)) {
            // Every row would repeat the header's problem: report it once.
            return new Result(List.of(), errors, List.of());
        }
        if (rows.isEmpty()) {
            errors.add(FieldError.field("(body)", "has no rows: an import needs at least one"));
        }
        RowChecker checker = new RowChecker(kind, catalog, latestYear, errors, warnings);
        List<ImportRow> accepted = new ArrayList<>(rows.size());
        Map<String, Long> firstRowOf = new HashMap<>();
        for (RawRow raw : rows) {
            if (raw.malformed() != null) {
                errors.add(FieldError.row(raw.row(), "(row)", raw.malformed()));
                continue;
            }
            ImportRow row = checker.check(raw);
            if (row == null) {
                continue;
            }
            Long first = firstRowOf.putIfAbsent(row.identity(), row.row());
            if (first != null) {
                errors.add(FieldError.row(row.row(), identityField(kind, raw), "duplicate of row " + first + " ("
                        + identityDescription(kind) + ")"));
                continue;
            }
            accepted.add(row);
        }
        return new Result(errors.isEmpty() ? accepted : List.of(), errors, errors.isEmpty() ? warnings : List.of());
    }

    /**
     * Validates entities sent through the API rather than in a file (a PUT body), with the same rules as the
     * import rows. Errors name {@code prefix[i].field} (or just the field when there is a single entity).
     */
    public static Result validateEntities(ImportKind kind, List<Map<String, String>> entities, String prefix,
            int latestYear) {
        List<RawRow> rows = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            rows.add(RawRow.of(i + 1, entities.get(i)));
        }
        Result result = validate(kind, null, rows, new CredentialDirectory(Map.of(), Map.of()), latestYear);
        List<FieldError> errors = result.errors().stream().map(e -> FieldError.field(prefix == null ? e.field()
                : prefix + "[" + (e.row() - 1) + "]." + e.field(), e.message())).toList();
        return new Result(result.accepted(), errors, List.of());
    }

    private static boolean validHeader(ImportKind kind, List<String> header, List<FieldError> errors) {
        int before = errors.size();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!kind.fields().contains(column)) {
                errors.add(FieldError.row(1, column.isEmpty() ? "(empty column name)" : column,
                        "unknown column for kind '" + kind.slug() + "'; expected " + kind.fields()));
            } else if (!seen.add(column)) {
                errors.add(FieldError.row(1, column, "column appears more than once"));
            }
        }
        for (String required : requiredColumns(kind)) {
            if (!seen.contains(required)) {
                errors.add(FieldError.row(1, required, "column is missing from the header"));
            }
        }
        if (kind == ImportKind.CREDENTIAL_POSTINGS && !seen.contains("credentialId")
                && !(seen.contains("codeSystem") && seen.contains("code"))) {
            errors.add(FieldError.row(1, "credentialId",
                    "column is missing from the header: name credentials by credentialId or by codeSystem and code"));
        }
        return errors.size() == before;
    }

    private static List<String> requiredColumns(ImportKind kind) {
        return switch (kind) {
            case CREDENTIAL_POSTINGS -> List.of("state", "year", "postings");
            case OCCUPATION_POSTINGS -> List.of("state", "year", "soc", "postings");
            case OCCUPATIONS -> List.of("soc", "title");
            case STATE_WAGES -> List.of("state", "year", "medianAnnualWage");
        };
    }

    private static String identityField(ImportKind kind, RawRow raw) {
        return switch (kind) {
            case CREDENTIAL_POSTINGS -> raw.fields().containsKey("credentialId") ? "credentialId" : "code";
            case OCCUPATION_POSTINGS, OCCUPATIONS -> "soc";
            case STATE_WAGES -> "year";
        };
    }

    private static String identityDescription(ImportKind kind) {
        return switch (kind) {
            case CREDENTIAL_POSTINGS -> "same state, year and credential";
            case OCCUPATION_POSTINGS -> "same state, year and SOC";
            case OCCUPATIONS -> "same SOC";
            case STATE_WAGES -> "same state and year";
        };
    }

    /** Checks one row's fields; returns the validated row, or null after adding its errors. */
    private static final class RowChecker {
        private final ImportKind kind;
        private final CredentialDirectory catalog;
        private final int latestYear;
        private final List<FieldError> errors;
        private final List<FieldError> warnings;
        private long row;
        private Map<String, String> fields;

        RowChecker(ImportKind kind, CredentialDirectory catalog, int latestYear, List<FieldError> errors,
                List<FieldError> warnings) {
            this.kind = kind;
            this.catalog = catalog;
            this.latestYear = latestYear;
            this.errors = errors;
            this.warnings = warnings;
        }

        ImportRow check(RawRow raw) {
            row = raw.row();
            fields = raw.fields();
            int before = errors.size();
            for (String field : fields.keySet()) {
                if (!kind.fields().contains(field)) {
                    error(field, "unknown field for kind '" + kind.slug() + "'; expected " + kind.fields());
                }
            }
            ImportRow checked = switch (kind) {
                case CREDENTIAL_POSTINGS -> {
                    String state = state();
                    Integer year = year();
                    String credentialId = credential();
                    Long postings = whole("postings", true, 0);
                    yield new ImportRow.CredentialPostings(row, state, year == null ? 0 : year, credentialId,
                            postings == null ? 0 : postings);
                }
                case OCCUPATION_POSTINGS -> {
                    String state = state();
                    Integer year = year();
                    String soc = soc();
                    Long postings = whole("postings", true, 0);
                    yield new ImportRow.OccupationPostings(row, state, year == null ? 0 : year, soc,
                            postings == null ? 0 : postings);
                }
                case OCCUPATIONS -> {
                    String soc = soc();
                    String title = title();
                    Long wage = whole("medianAnnualWage", false, 0);
                    Long employment = whole("employment", false, 0);
                    BigDecimal growth = growth();
                    List<String> clusters = clusters();
                    yield new ImportRow.OccupationFigures(row, soc, title, wage == null ? null : wage.intValue(),
                            employment == null ? null : employment.intValue(), growth, clusters);
                }
                case STATE_WAGES -> {
                    String state = state();
                    Integer year = year();
                    Long wage = whole("medianAnnualWage", true, 1);
                    yield new ImportRow.StateWage(row, state, year == null ? 0 : year,
                            wage == null ? 0 : wage.intValue());
                }
            };
            if (errors.size() > before) {
                return null;
            }
            if (checked instanceof ImportRow.CredentialPostings p
                    && CredentialProfile.LICENSE.equals(catalog.type(p.credentialId()))) {
                warnings.add(FieldError.row(row, fields.containsKey("credentialId") ? "credentialId" : "code",
                        "'" + p.credentialId() + "' is a license: its demand comes from the postings of its "
                                + "occupations, so these postings are kept but not counted"));
            }
            return checked;
        }

        private void error(String field, String message) {
            errors.add(FieldError.row(row, field, message));
        }

        private String state() {
            String state = fields.get("state");
            if (state == null) {
                error("state", "is required");
            } else if (!UsStates.isKnown(state)) {
                error("state", "must be a USPS code of the 50 states or DC, upper case (e.g. NJ), got '" + state
                        + "'");
            }
            return state;
        }

        private Integer year() {
            String text = fields.get("year");
            if (text == null) {
                error("year", "is required");
                return null;
            }
            if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                if (year >= FIRST_YEAR && year <= latestYear) {
                    return year;
                }
            }
            error("year", "must be a calendar year from " + FIRST_YEAR + " to " + latestYear + ", got '" + text + "'");
            return null;
        }

        private String soc() {
            String soc = fields.get("soc");
            if (soc == null) {
                error("soc", "is required");
            } else if (!SocCode.isValid(soc)) {
                error("soc", SocCode.RULE + ", got '" + soc + "'");
            }
            return soc;
        }

        private String title() {
            String title = fields.get("title");
            if (title == null || title.isBlank()) {
                error("title", "is required");
            } else if (title.length() > MAX_TITLE_LENGTH) {
                error("title", "must be at most " + MAX_TITLE_LENGTH + " characters, got " + title.length());
            }
            return title;
        }

        private Long whole(String field, boolean required, long min) {
            String text = fields.get(field);
            if (text == null) {
                if (required) {
                    error(field, "is required");
                }
                return null;
            }
            if (WHOLE.matcher(text).matches() && Long.parseLong(text) >= min) {
                return Long.parseLong(text);
            }
            error(field, "must be a whole number from " + min + " to " + MAX_WHOLE + ", got '" + text + "'");
            return null;
        }

        private BigDecimal growth() {
            String text = fields.get("projectedGrowthPct");
            if (text == null) {
                return null;
            }
            if (GROWTH.matcher(text).matches() && new BigDecimal(text).compareTo(MIN_GROWTH) >= 0) {
                return new BigDecimal(text);
            }
            error("projectedGrowthPct", "must be a percentage from -100 to 9999.99 with at most 2 decimals, got '"
                    + text + "'");
            return null;
        }

        private List<String> clusters() {
            String text = fields.get("clusters");
            if (text == null) {
                return List.of();
            }
            Set<String> clusters = new LinkedHashSet<>();
            for (String code : Arrays.stream(text.split("\\|", -1)).map(String::trim).toList()) {
                if (!CLUSTER.matcher(code).matches()) {
                    error("clusters", "each must be a Career Cluster code such as IT or HS (CSV: separated by '|'), "
                            + "got '" + code + "'");
                    return List.of();
                }
                clusters.add(code);
            }
            if (clusters.size() > MAX_CLUSTERS) {
                error("clusters", "at most " + MAX_CLUSTERS + " clusters, got " + clusters.size());
            }
            return List.copyOf(clusters);
        }

        /** A credential named by credentialId, or by codeSystem and code (both must agree when both are given). */
        private String credential() {
            String credentialId = fields.get("credentialId");
            String system = fields.get("codeSystem");
            String code = fields.get("code");
            if (credentialId != null && !catalog.knows(credentialId)) {
                error("credentialId", "unknown credential '" + credentialId + "'");
                return null;
            }
            if (system == null && code == null) {
                if (credentialId == null) {
                    error("credentialId", "is required (or codeSystem and code)");
                }
                return credentialId;
            }
            if (system == null || code == null) {
                error(system == null ? "codeSystem" : "code", "is required together with "
                        + (system == null ? "code" : "codeSystem"));
                return null;
            }
            Set<String> ids = catalog.idsFor(system, code);
            if (ids.isEmpty()) {
                error("code", "no credential in the catalog has code '" + code + "' in system '" + system + "'");
                return null;
            }
            if (ids.size() > 1) {
                error("code", "code '" + code + "' in system '" + system + "' is ambiguous: it names "
                        + ids.stream().sorted().toList());
                return null;
            }
            String byCode = ids.iterator().next();
            if (credentialId != null && !credentialId.equals(byCode)) {
                error("code", "code '" + code + "' in system '" + system + "' names '" + byCode
                        + "', but credentialId is '" + credentialId + "'");
                return null;
            }
            return byCode;
        }
    }
}
