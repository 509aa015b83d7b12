package org.credalign.catalog.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). Each record keeps the physical line
 * it starts on, which is the {@code row} reported for its errors (the header is line 1).
 */
final class CsvRecords {

    record Record(long line, List<String> fields) {
    }

    /** Thrown for text that is not CSV at all (an unterminated quote). */
    static final class MalformedCsv extends Exception {
        final long line;

        MalformedCsv(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) throws MalformedCsv {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean recordHasContent = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0; // a byte-order mark some spreadsheets write
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                recordHasContent = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                recordHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordHasContent || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                recordHasContent = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                recordHasContent = true;
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsv(recordLine, "a quoted field starting on line " + recordLine + " is never closed");
        }
        if (recordHasContent || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
