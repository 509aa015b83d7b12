package org.credalign.attainment.domain;

/** One credential at one level: the unit that must carry an ALL count and that a student counts in once. */
public record CredentialLevel(String credentialId, Level level) implements Comparable<CredentialLevel> {

    @Override
    public int compareTo(CredentialLevel other) {
        int byId = credentialId.compareTo(other.credentialId);
        return byId != 0 ? byId : level.compareTo(other.level);
    }

    @Override
    public String toString() {
        return credentialId + " at level " + level;
    }
}
