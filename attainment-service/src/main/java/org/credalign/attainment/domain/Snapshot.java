package org.credalign.attainment.domain;

import java.util.List;

/**
 * The result of reading a whole submission: the counts it would apply (sorted by key), what kind of rows it had,
 * and how many rows were received and valid.
 */
public record Snapshot(RowKind kind, List<AggregateRow> counts, long rowsReceived, long rowsValid, long errors,
        long warnings) {

    public String contentHash() {
        return ContentHash.of(counts);
    }
}
