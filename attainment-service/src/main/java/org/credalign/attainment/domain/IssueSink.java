package org.credalign.attainment.domain;

/** Where validation reports what it finds; {@code row} is null for findings about the file as a whole. */
public interface IssueSink {

    /** The row (or, in atomic mode, the submission) is rejected. */
    void error(Long row, String field, String message);

    /** The row is kept; the state should look at it. */
    void warning(Long row, String field, String message);
}
