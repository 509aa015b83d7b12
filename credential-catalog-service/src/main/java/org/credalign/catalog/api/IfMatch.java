package org.credalign.catalog.api;

import java.util.List;
import org.credalign.catalog.service.Precondition;
import org.credalign.commons.problem.ProblemException;

/** Reads the {@code If-Match} header: the ETag a client last saw is the version ("3", W/"3" or *). */
final class IfMatch {

    private IfMatch() {
    }

    /** PUT replaces what the client saw, so it must say what it saw: 428 without If-Match. */
    static Precondition required(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of the version you read (GET returns it), or * to replace any",
                    List.of());
        }
        return optional(header);
    }

    /** Where If-Match is optional: absent means no expectation. A value that is no version never matches. */
    static Precondition optional(String header) {
        if (header == null || header.isBlank()) {
            return Precondition.NONE;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return new Precondition(null, true);
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return new Precondition(Long.parseLong(value), false);
        } catch (NumberFormatException e) {
            return new Precondition(null, false);
        }
    }
}
