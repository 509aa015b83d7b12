package org.credalign.demand.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.credalign.commons.api.Csv;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;
import org.credalign.demand.domain.DemandBasis;
import org.credalign.demand.domain.ImportValidator;

/** Parsing of the query parameters the demand lists share: 400 naming the parameter when malformed. */
final class QueryParams {

    private QueryParams() {
    }

    /** A calendar year from 2000 to this year, or null when absent. */
    static Integer year(String text) {
        if (text == null) {
            return null;
        }
        int latest = Year.now().getValue();
        if (text.matches("\\d{4}")) {
            int year = Integer.parseInt(text);
            if (year >= ImportValidator.FIRST_YEAR && year <= latest) {
                return year;
            }
        }
        throw ProblemException.badRequest("year is malformed", List.of(FieldError.field("year",
                "must be a calendar year from " + ImportValidator.FIRST_YEAR + " to " + latest + ", got '" + text
                        + "'")));
    }

    static DemandBasis basis(String text) {
        if (text == null) {
            return null;
        }
        try {
            return DemandBasis.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("basis is malformed", List.of(FieldError.field("basis",
                    "must be one of " + Arrays.toString(DemandBasis.values()) + ", got '" + text + "'")));
        }
    }

    /** Whether the client asked for CSV (the whole filtered list) rather than a JSON page. */
    static boolean wantsCsv(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(Csv.MEDIA_TYPE);
        return headers.getAcceptableMediaTypes().stream().findFirst().map(m -> !m.isWildcardType() && m.isCompatible(csv))
                .orElse(false);
    }
}
