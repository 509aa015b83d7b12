package org.credalign.commons.api;

import java.util.ArrayList;
import java.util.List;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;

/** Validated paging parameters: {@code page} from 0, {@code size} 1..500, default 50 (API.md). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(FieldError.field("page", "must be ≥ 0, got " + p));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(FieldError.field("size", "must be between 1 and " + MAX_SIZE + ", got " + s));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
