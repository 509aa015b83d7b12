package org.credalign.attainment.domain;

/** A validated count: how many students of a subgroup earned a credential at a level. */
public record AggregateRow(long row, String credentialId, Level level, String subgroup, int earned) {

    /** The identity of a count within one submission; two rows with the same key are a duplicate. */
    public record Key(String credentialId, Level level, String subgroup) {
    }

    public Key key() {
        return new Key(credentialId, level, subgroup);
    }
}
