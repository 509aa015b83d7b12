package org.credalign.attainment.domain;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads a submission body one row at a time from a stream, never holding more than the current row. Rows are
 * numbered as API.md says: the physical line for CSV (header = line 1) and NDJSON, the element index of a JSON
 * array. A row that cannot be read as fields comes back {@link RawRow#malformed}; a body that cannot be read past
 * some point throws {@link UnreadableBodyException}.
 */
public interface RowReader extends Closeable {

    /** The next row, or null at the end of the body. */
    RawRow next() throws IOException;

    /** Problems with the body as a whole found so far (e.g. unknown CSV columns), reported at their row. */
    default java.util.List<org.credalign.commons.problem.FieldError> headerProblems() {
        return java.util.List.of();
    }
}
