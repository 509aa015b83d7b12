package org.credalign.catalog.domain;

/**
 * Search criteria of the catalog; every field may be null (no filter). {@code approvedIn} keeps credentials the
 * state's current list marks APPROVED.
 */
public record CredentialQuery(String text, CredentialType type, String cluster, String soc, String approvedIn,
        CredentialStatus status) {

    /** Lower-case, trimmed query text, or null when there is none. */
    public String normalizedText() {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
