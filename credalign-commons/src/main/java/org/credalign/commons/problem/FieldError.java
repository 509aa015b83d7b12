package org.credalign.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason a request was refused: the row (1-based, absent for single-entity bodies), the field and a message a
 * person can act on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Long row, String field, String message) {

    public static FieldError field(String field, String message) {
        return new FieldError(null, field, message);
    }

    public static FieldError row(long row, String field, String message) {
        return new FieldError(row, field, message);
    }
}
