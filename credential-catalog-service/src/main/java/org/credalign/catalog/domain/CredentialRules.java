package org.credalign.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;

/** Every rule a credential must satisfy, in one place; returns each violation so a client can fix all at once. */
public final class CredentialRules {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    public static final int MAX_ID = 100;
    public static final int MAX_TEXT = 300;
    public static final int MAX_CLUSTERS = 4;

    private CredentialRules() {
    }

    /** The fields of a credential as a client sent them (strings, so bad enum values are reported, not thrown). */
    public record Draft(String id, String name, String issuer, String type, List<String> clusters,
            List<String> occupations, List<String> requiredInStates) {
    }

    public static List<FieldError> check(Draft draft, Set<String> knownClusters) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.id() == null || draft.id().isBlank()) {
            errors.add(FieldError.field("id", "is required"));
        } else if (draft.id().length() > MAX_ID || !SLUG.matcher(draft.id()).matches()) {
            errors.add(FieldError.field("id", "must be a slug of lower-case letters, digits and single hyphens, at most "
                    + MAX_ID + " characters (e.g. 'comptia-a-plus')"));
        }
        requireText(errors, "name", draft.name());
        requireText(errors, "issuer", draft.issuer());
        CredentialType type = null;
        if (draft.type() == null) {
            errors.add(FieldError.field("type", "is required"));
        } else {
            try {
                type = CredentialType.valueOf(draft.type());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("type", "must be one of " + List.of(CredentialType.values())
                        + ", got '" + draft.type() + "'"));
            }
        }
        List<String> clusters = draft.clusters() == null ? List.of() : draft.clusters();
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
        return errors;
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.field(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(FieldError.field(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static void checkEach(List<FieldError> errors, String field, List<String> values,
            java.util.function.Predicate<String> valid, String message) {
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

    private static List<String> nullToEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
