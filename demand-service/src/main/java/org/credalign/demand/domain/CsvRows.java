package org.credalign.demand.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RFC 4180 CSV file (comma-separated, fields optionally in double quotes, "" for a quote inside quotes,
 * CRLF or LF line ends) into a header and raw rows numbered by the physical line they start on (header = line 1).
 * Blank lines are skipped. A row with more or fewer fields than the header is kept as malformed so validation
 * reports it with every other error; an unterminated quote makes the file unparseable.
 */
public final class CsvRows {

    /** The file cannot be read as CSV at all (400). */
    public static final class UnparseableCsv extends RuntimeException {
        private final long line;

        UnparseableCsv(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    public record Parsed(List<String> header, List<RawRow> rows) {
    }

    private CsvRows() {
    }

    public static Parsed parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheet exports add a BOM
        List<Record> records = records(content);
        if (records.isEmpty()) {
            throw new UnparseableCsv(1, "the file is empty: expected a header line");
        }
        List<String> header = records.get(0).fields.stream().map(String::trim).toList();
        List<RawRow> rows = new ArrayList<>(records.size() - 1);
        for (Record record : records.subList(1, records.size())) {
            if (record.fields.size() != header.size()) {
                rows.add(RawRow.malformed(record.line, "has " + record.fields.size() + " field(s), the header has "
                        + header.size()));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = record.fields.get(i).trim();
                if (!value.isEmpty()) {
                    fields.put(header.get(i), value);
                }
            }
            rows.add(RawRow.of(record.line, fields));
        }
        return new Parsed(header, rows);
    }

    private record Record(long line, List<String> fields) {
    }

    private static List<Record> records(String s) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean recordHasContent = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.toString().isBlank() && !fieldWasQuoted) {
                        quoted = true;
                        fieldWasQuoted = true;
                        field.setLength(0);
                    } else {
                        throw new UnparseableCsv(line, "a quote inside an unquoted field at line " + line
                                + "; quote the whole field and double the inner quote (\"\")");
                    }
                    recordHasContent = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                    recordHasContent = true;
                }
                case '\r' -> {
                    // the CR of a CRLF line end; the LF ends the record
                }
                case '\n' -> {
                    if (recordHasContent || !field.toString().isBlank()) {
                        fields.add(field.toString());
                        records.add(new Record(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    recordHasContent = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (fieldWasQuoted && !Character.isWhitespace(c)) {
                        throw new UnparseableCsv(line, "text after a closing quote at line " + line);
                    }
                    if (!fieldWasQuoted) {
                        field.append(c);
                    }
                    if (!Character.isWhitespace(c)) {
                        recordHasContent = true;
                    }
                }
            }
            i++;
        }
        if (quoted) {
            throw new UnparseableCsv(recordLine, "a quoted field starting at line " + recordLine + " is never closed");
        }
        if (recordHasContent || !field.toString().isBlank()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
