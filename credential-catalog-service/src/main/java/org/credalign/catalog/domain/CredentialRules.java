package org.credalign.catalog.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;

/** Every rule a credential must satisfy, in one place; returns each violation so a client can fix all at once. */
public final class CredentialRules {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    /** Code systems are upper-case tokens (NJ, CTID, FL-CAPE) so 'ctid' and 'CTID' cannot be two systems. */
    public static final Pattern CODE_SYSTEM = Pattern.compile("[A-Z0-9]+([._-][A-Z0-9]+)*");
    /** Path segments under /api/v1/credentials that are operations, so they cannot be credential ids. */
    public static final Set<String> RESERVED_IDS = Set.of("resolve", "imports");
    public static final int MAX_ID = 100;
    public static final int MAX_TEXT = 300;
    public static final int MAX_CLUSTERS = 4;
    public static final int MAX_SYSTEM = 50;
    public static final int MAX_CODE = 100;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_URL = 2000;

    private CredentialRules() {
    }

    /** The fields of a credential as a client sent them (strings, so bad enum values are reported, not thrown). */
    public record Draft(String id, String name, String issuer, String type, List<String> clusters,
            List<String> occupations, Boolean secondaryAppropriate, List<String> requiredInStates,
            List<ExternalCode> externalCodes, String description, String url, String status) {
    }

    public static List<FieldError> check(Draft draft, Set<String> knownClusters) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.id() == null || draft.id().isBlank()) {
            errors.add(FieldError.field("id", "is required"));
        } else if (draft.id().length() > MAX_ID || !SLUG.matcher(draft.id()).matches()) {
            errors.add(FieldError.field("id", "must be a slug of lower-case letters, digits and single hyphens, at most "
                    + MAX_ID + " characters (e.g. 'comptia-a-plus')"));
        } else if (RESERVED_IDS.contains(draft.id())) {
            errors.add(FieldError.field("id", "'" + draft.id() + "' is reserved (it names an operation)"));
        }
        requireText(errors, "name", draft.name());
        requireText(errors, "issuer", draft.issuer());
        CredentialType type = null;
        if (draft.type() == null) {
            errors.add(FieldError.field("type", "is required"));
        } else {
            type = parse(CredentialType.class, draft.type());
            if (type == null) {
                errors.add(FieldError.field("type", "must be one of " + List.of(CredentialType.values())
                        + ", got '" + draft.type() + "'"));
            }
        }
        List<String> clusters = nullToEmpty(draft.clusters());
        if (clusters.isEmpty() || clusters.size() > MAX_CLUSTERS) {
            errors.add(FieldError.field("clusters", "must list 1 to " + MAX_CLUSTERS + " Career Cluster codes, got "
                    + clusters.size()));
        }
        checkEach(errors, "clusters", clusters, knownClusters::contains,
                "is not a Career Cluster code (see GET /api/v1/career-clusters)");
        checkEach(errors, "occupations", nullToEmpty(draft.occupations()), soc -> SOC.matcher(soc).matches(),
                "must be a SOC code of the form NN-NNNN");
        List<String> states = nullToEmpty(draft.requiredInStates());
        checkEach(errors, "requiredInStates", states, UsStates::isKnown, "is not a USPS code of a state or DC");
        if (!states.isEmpty() && type != null && type != CredentialType.LICENSE) {
            errors.add(FieldError.field("requiredInStates", "only a LICENSE can be required by states"));
        }
        checkExternalCodes(errors, nullToEmpty(draft.externalCodes()));
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
            errors.add(FieldError.field("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (draft.url() != null && !draft.url().isBlank() && !isWebAddress(draft.url().strip())) {
            errors.add(FieldError.field("url", "must be an absolute http or https address of at most " + MAX_URL
                    + " characters, got '" + draft.url() + "'"));
        }
        if (draft.status() != null && parse(CredentialStatus.class, draft.status()) == null) {
            errors.add(FieldError.field("status", "must be one of " + List.of(CredentialStatus.values())
                    + ", got '" + draft.status() + "'"));
        }
        return errors;
    }

    /**
     * The crosswalk rule across credentials: a code of a system names one credential. {@code owners} maps each
     * code already taken to the credential holding it; a code held by the credential itself is no conflict.
     */
    public static List<FieldError> codeConflicts(String id, List<ExternalCode> codes, Map<ExternalCode, String> owners) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String owner = owners.get(codes.get(i));
            if (owner != null && !owner.equals(id)) {
                errors.add(FieldError.field("externalCodes[" + i + "].code", "code '" + codes.get(i).code()
                        + "' of system '" + codes.get(i).system() + "' already names credential '" + owner + "'"));
            }
        }
        return errors;
    }

    /**
     * The content of a draft that passed {@link #check}: text trimmed, lists never null, codes sorted,
     * secondaryAppropriate true and the status {@code defaultStatus} unless given.
     */
    public static CredentialContent toContent(Draft draft, CredentialStatus defaultStatus) {
        String description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        String url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
        return new CredentialContent(draft.id(), draft.name().strip(), draft.issuer().strip(),
                CredentialType.valueOf(draft.type()), List.copyOf(draft.clusters()),
                List.copyOf(nullToEmpty(draft.occupations())),
                draft.secondaryAppropriate() == null || draft.secondaryAppropriate(),
                List.copyOf(nullToEmpty(draft.requiredInStates())),
                nullToEmpty(draft.externalCodes()).stream().sorted(ExternalCode.ORDER).toList(), description, url,
                draft.status() == null ? defaultStatus : CredentialStatus.valueOf(draft.status()));
    }

    private static void checkExternalCodes(List<FieldError> errors, List<ExternalCode> codes) {
        Set<ExternalCode> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            ExternalCode code = codes.get(i);
            String at = "externalCodes[" + i + "]";
            if (code == null) {
                errors.add(FieldError.field(at, "must be an object {system, code}"));
                continue;
            }
            boolean valid = true;
            if (code.system() == null || code.system().length() > MAX_SYSTEM
                    || !CODE_SYSTEM.matcher(code.system()).matches()) {
                valid = false;
                errors.add(FieldError.field(at + ".system", "must be an upper-case code system name of at most "
                        + MAX_SYSTEM + " letters, digits and single . _ - (e.g. 'CTID', 'NJ'), got '"
                        + code.system() + "'"));
            }
            if (code.code() == null || code.code().isBlank() || code.code().length() > MAX_CODE
                    || !code.code().equals(code.code().strip()) || code.code().contains("|")) {
                valid = false;
                errors.add(FieldError.field(at + ".code", "is required: at most " + MAX_CODE
                        + " characters, no leading or trailing spaces and no '|', got '" + code.code() + "'"));
            }
            if (valid && !seen.add(code)) {
                errors.add(FieldError.field(at, "'" + code + "' is listed twice"));
            }
        }
    }

    private static boolean isWebAddress(String value) {
        if (value.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.field(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(FieldError.field(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static void checkEach(List<FieldError> errors, String field, List<String> values, Predicate<String> valid,
            String message) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String at = field + "[" + i + "]";
            if (value == null || !valid.test(value)) {
                errors.add(FieldError.field(at, "'" + value + "' " + message));
            } else if (!seen.add(value)) {
                errors.add(FieldError.field(at, "'" + value + "' is listed twice"));
            }
        }
    }

    private static <T> List<T> nullToEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
