package org.credalign.attainment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;

/**
 * CSV (RFC 4180 quoting) where a row is one physical line, as API.md numbers rows: line 1 is the header, a quoted
 * field cannot span lines. Blank lines are skipped (they still count as lines). Empty fields are absent values.
 * Columns not in {@code knownColumns} are reported once, against line 1, and ignored.
 */
final class CsvRowReader implements RowReader {

    private static final int BUFFER = 1 << 16;

    private final BufferedReader lines;
    private final List<FieldError> headerProblems = new ArrayList<>();
    /** For each header position, its index among the kept columns, or -1 when the column is ignored. */
    private int[] keptIndexOfPosition;
    private String[] keptColumns;
    private Map<String, Integer> keptIndexOfName;
    private Set<String> keptNames;
    private long line;

    CsvRowReader(InputStream body, Set<String> knownColumns) throws IOException {
        this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), BUFFER);
        readHeader(knownColumns);
    }

    private void readHeader(Set<String> knownColumns) throws IOException {
        String header = lines.readLine();
        line = 1;
        if (header == null || header.isBlank()) {
            throw new UnreadableBodyException(0, "the CSV body is empty: line 1 must be the header, e.g. "
                    + "credentialId,level,subgroup,earned", true);
        }
        if (header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        List<String> columns = split(header);
        if (columns == null) {
            throw new UnreadableBodyException(1, "the CSV header has an unterminated quote", true);
        }
        keptIndexOfPosition = new int[columns.size()];
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i) == null ? "" : columns.get(i).trim();
            keptIndexOfPosition[i] = -1;
            if (!knownColumns.contains(name)) {
                headerProblems.add(FieldError.row(1, name.isEmpty() ? "(column " + (i + 1) + ")" : name,
                        "unknown column; expected some of " + new java.util.TreeSet<>(knownColumns)));
            } else if (!kept.add(name)) {
                headerProblems.add(FieldError.row(1, name, "column appears twice in the header"));
            } else {
                keptIndexOfPosition[i] = kept.size() - 1;
            }
        }
        keptColumns = kept.toArray(String[]::new);
        keptIndexOfName = new HashMap<>();
        for (int i = 0; i < keptColumns.length; i++) {
            keptIndexOfName.put(keptColumns[i], i);
        }
        keptNames = Set.copyOf(kept);
    }

    @Override
    public List<FieldError> headerProblems() {
        return headerProblems;
    }

    @Override
    public RawRow next() throws IOException {
        String text;
        do {
            text = lines.readLine();
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        List<String> values = split(text);
        if (values == null) {
            return RawRow.malformed(line, "unterminated quote (a row is one line; quoted fields cannot span lines)");
        }
        if (values.size() != keptIndexOfPosition.length) {
            return RawRow.malformed(line, "has " + values.size() + " fields, the header has "
                    + keptIndexOfPosition.length);
        }
        String[] kept = new String[keptColumns.length];
        for (int i = 0; i < values.size(); i++) {
            int k = keptIndexOfPosition[i];
            if (k >= 0) {
                kept[k] = values.get(i);
            }
        }
        return RawRow.of(line, new Row(kept));
    }

    /** Splits one line into fields; empty fields become null; null when a quote is not closed. */
    static List<String> split(String text) {
        List<String> fields = new ArrayList<>(16);
        int n = text.length();
        int i = 0;
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            quoted.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    quoted.append(c);
                    i++;
                }
                int comma = text.indexOf(',', i);
                // Text between the closing quote and the next comma is kept, as lenient readers do.
                String rest = comma < 0 ? text.substring(i) : text.substring(i, comma);
                fields.add(emptyToNull(quoted + rest.trim()));
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
            } else {
                int comma = text.indexOf(',', i);
                String field = comma < 0 ? text.substring(i) : text.substring(i, comma);
                fields.add(emptyToNull(field.strip()));
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
            }
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** One line's values, read as a map over the kept columns without copying into a map per row. */
    private final class Row extends AbstractMap<String, String> {
        private final String[] values;

        Row(String[] values) {
            this.values = values;
        }

        @Override
        public String get(Object key) {
            Integer i = keptIndexOfName.get(key);
            return i == null ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return keptIndexOfName.containsKey(key);
        }

        @Override
        public Set<String> keySet() {
            return keptNames;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        int i;

                        @Override
                        public boolean hasNext() {
                            return i < keptColumns.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            Entry<String, String> e = new SimpleImmutableEntry<>(keptColumns[i], values[i]);
                            i++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return keptColumns.length;
                }
            };
        }
    }
}
