package org.credalign.attainment.domain;

/**
 * The body stops being readable at {@code row} (e.g. broken JSON syntax): nothing after it can be trusted.
 * {@code wellFormed} marks a body that parses but has the wrong shape (a JSON object instead of an array), which
 * is a validation failure (422) rather than an unparseable body (400). Row 0 means the body as a whole.
 */
public class UnreadableBodyException extends RuntimeException {

    private final long row;
    private final boolean wellFormed;

    public UnreadableBodyException(long row, String message) {
        this(row, message, false);
    }

    public UnreadableBodyException(long row, String message, boolean wellFormed) {
        super(message);
        this.row = row;
        this.wellFormed = wellFormed;
    }

    public long row() {
        return row;
    }

    public boolean wellFormed() {
        return wellFormed;
    }
}
