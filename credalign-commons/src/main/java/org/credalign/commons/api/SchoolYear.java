package org.credalign.commons.api;

import java.time.LocalDate;
import java.util.List;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year, written {@code 2017-18} at the API and stored as its ending year (2018). Both {@code 2017-18} and
 * {@code 2018} are accepted. Valid range: 2000-01 up to next year's.
 */
public record SchoolYear(int endYear) {

    private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    public static final int FIRST_END_YEAR = 2001;

    /** Parses a school year, or returns null with no exception when it is not one (callers report the field). */
    public static SchoolYear parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int end;
        Matcher span = SPAN.matcher(t);
        if (span.matches()) {
            int start = Integer.parseInt(span.group(1));
            int endTwoDigits = Integer.parseInt(span.group(2));
            if ((start + 1) % 100 != endTwoDigits) {
                return null;
            }
            end = start + 1;
        } else if (YEAR.matcher(t).matches()) {
            end = Integer.parseInt(t);
        } else {
            return null;
        }
        int latest = LocalDate.now().getYear() + 2;
        return end < FIRST_END_YEAR || end > latest ? null : new SchoolYear(end);
    }

    /**
     * Reads the {@code schoolYear} query parameter: null when absent (callers pick a default), 400 naming the
     * parameter when present but malformed or out of range.
     */
    public static SchoolYear fromQuery(String text) {
        if (text == null) {
            return null;
        }
        SchoolYear year = parseOrNull(text);
        if (year == null) {
            throw ProblemException.badRequest("schoolYear is malformed", List.of(FieldError.field("schoolYear",
                    "must be " + describeRule() + ", got '" + text + "'")));
        }
        return year;
    }

    /** Like {@link #fromQuery} but the parameter is required. */
    public static SchoolYear requiredFromQuery(String text) {
        if (text == null) {
            throw ProblemException.badRequest("schoolYear is required", List.of(FieldError.field("schoolYear",
                    "is required: " + describeRule())));
        }
        return fromQuery(text);
    }

    public static String describeRule() {
        return "a school year like '2023-24' (or its ending year '2024'), from 2000-01 to next year's";
    }

    @Override
    public String toString() {
        return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
    }
}
