package org.credalign.demand.domain;

import java.util.Map;

/**
 * One row as received, before validation, whatever the file format: its 1-based row number (API.md: the element
 * index of a JSON array, the physical line of a CSV file whose header is line 1) and its fields as text.
 * {@code malformed} explains a row that could not even be read as fields (then {@code fields} is empty).
 */
public record RawRow(long row, Map<String, String> fields, String malformed) {

    public static RawRow of(long row, Map<String, String> fields) {
        return new RawRow(row, fields, null);
    }

    public static RawRow malformed(long row, String why) {
        return new RawRow(row, Map.of(), why);
    }
}
