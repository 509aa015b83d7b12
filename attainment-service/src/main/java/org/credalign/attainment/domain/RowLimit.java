package org.credalign.attainment.domain;

/**
 * The most rows one submission may hold. Counted as rows are read; the first row over the limit stops reading
 * (nothing after it is looked at) and rejects the submission as a well-formed but invalid body (422).
 */
public final class RowLimit {

    private final long max;
    private long rows;

    public RowLimit(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("the row limit must be at least 1, got " + max);
        }
        this.max = max;
    }

    /** Counts {@code row}; throws when it is one more than the limit allows. */
    public void count(RawRow row) {
        if (++rows > max) {
            throw new UnreadableBodyException(row.row(), "the submission has more than " + max + " rows, the most "
                    + "one submission may hold (attainment.submissions.max-rows)", true);
        }
    }
}
