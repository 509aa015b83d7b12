package org.credalign.commons.problem;

import java.util.List;

/**
 * Thrown by services to refuse a request with a specific problem; mapped to application/problem+json by
 * {@link ProblemExceptionMappers}. The named constructors are the vocabulary the services share.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 400: the body or a parameter cannot be parsed at all. */
    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "malformed-request", "Request cannot be parsed", detail, errors);
    }

    /** 422: well-formed, but fields or rows break the rules. */
    public static ProblemException validation(String title, String detail, List<FieldError> errors) {
        return new ProblemException(422, "validation", title, detail, errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
