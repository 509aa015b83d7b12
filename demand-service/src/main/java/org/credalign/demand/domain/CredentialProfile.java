package org.credalign.demand.domain;

import java.util.List;
import java.util.Set;

/**
 * What the demand derivation needs to know about a credential, from the catalog: its type, its linked occupations
 * (SOC codes) and, for a license, the states that require it (empty = every state).
 */
public record CredentialProfile(String id, String type, List<String> occupations, List<String> requiredInStates) {

    public static final String LICENSE = "LICENSE";
    public static final String SOFTWARE = "SOFTWARE";

    public CredentialProfile {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        requiredInStates = requiredInStates == null ? List.of() : List.copyOf(requiredInStates);
    }

    public boolean isLicense() {
        return LICENSE.equals(type);
    }

    /** Whether the derived demand could differ between the two profiles (order of the lists does not matter). */
    public boolean derivationInputsDiffer(CredentialProfile other) {
        return other == null || !type.equals(other.type)
                || !Set.copyOf(occupations).equals(Set.copyOf(other.occupations))
                || !Set.copyOf(requiredInStates).equals(Set.copyOf(other.requiredInStates));
    }
}
