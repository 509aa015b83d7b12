package org.credalign.attainment.domain;

import java.util.Comparator;

/**
 * A validated count: how many students of a subgroup earned a credential at a level. {@code row} is the row that
 * gave it (for student-level data, the first row of that credential and level).
 */
public record AggregateRow(long row, String credentialId, Level level, String subgroup, int earned) {

    /** Sorting by key makes hashes and event payloads independent of row order. */
    public static final Comparator<AggregateRow> BY_KEY = Comparator.comparing(AggregateRow::credentialId)
            .thenComparing(AggregateRow::level).thenComparing(r -> Subgroups.index(r.subgroup()));

    /** The identity of a count within one submission; two rows with the same key are a duplicate. */
    public record Key(String credentialId, Level level, String subgroup) {
    }

    public Key key() {
        return new Key(credentialId, level, subgroup);
    }

    public CredentialLevel credentialLevel() {
        return new CredentialLevel(credentialId, level);
    }
}
