package org.credalign.catalog.domain;

import java.util.List;

/**
 * A credential's content after it passed {@link CredentialRules}: trimmed text, no null lists, codes sorted,
 * defaults applied. Two drafts that mean the same thing give equal contents.
 */
public record CredentialContent(String id, String name, String issuer, CredentialType type, List<String> clusters,
        List<String> occupations, boolean secondaryAppropriate, List<String> requiredInStates,
        List<ExternalCode> externalCodes, String description, String url, CredentialStatus status) {
}
