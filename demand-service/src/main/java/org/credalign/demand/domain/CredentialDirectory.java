package org.credalign.demand.domain;

import java.util.Map;
import java.util.Set;

/**
 * The catalog credentials an import may name, looked up once for the whole import: their types by id, and which
 * credential ids carry each external code ({@code system + code}).
 */
public record CredentialDirectory(Map<String, String> typeById, Map<ExternalCode, Set<String>> idsByCode) {

    public record ExternalCode(String system, String code) {
    }

    public boolean knows(String credentialId) {
        return typeById.containsKey(credentialId);
    }

    public String type(String credentialId) {
        return typeById.get(credentialId);
    }

    public Set<String> idsFor(String system, String code) {
        return idsByCode.getOrDefault(new ExternalCode(system, code), Set.of());
    }
}
