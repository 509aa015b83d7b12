package org.credalign.demand.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files a labor-market vendor delivers, named by the {@code kind} query parameter of an import. Each kind lists
 * the fields (JSON) or header columns (CSV) it accepts.
 */
public enum ImportKind {
    CREDENTIAL_POSTINGS("credential-postings", List.of("state", "year", "credentialId", "codeSystem", "code",
            "postings")),
    OCCUPATION_POSTINGS("occupation-postings", List.of("state", "year", "soc", "postings")),
    OCCUPATIONS("occupations", List.of("soc", "title", "medianAnnualWage", "employment", "projectedGrowthPct",
            "clusters")),
    STATE_WAGES("state-wages", List.of("state", "year", "medianAnnualWage"));

    private final String slug;
    private final List<String> fields;

    ImportKind(String slug, List<String> fields) {
        this.slug = slug;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    public List<String> fields() {
        return fields;
    }

    /** Postings and wages are delivered per state and year; an import replaces each state-year it contains. */
    public boolean isStateYearScoped() {
        return this != OCCUPATIONS;
    }

    public static Optional<ImportKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(ImportKind::slug).toList();
    }
}
