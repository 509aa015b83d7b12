package org.credalign.commons.api;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * RFC 4180 CSV for {@code Accept: text/csv} responses: the whole filtered result, streamed row by row so a large
 * export never sits in memory.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** Streams a header line and one line per row; values are written with {@link #field(Object)}. */
    public static StreamingOutput stream(List<String> header, Stream<List<?>> rows) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writeLine(writer, header);
            try (rows) {
                for (List<?> row : (Iterable<List<?>>) rows::iterator) {
                    writeLine(writer, row);
                }
            }
            writer.flush();
        };
    }

    private static void writeLine(Writer writer, List<?> values) throws java.io.IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(values.get(i)));
        }
        writer.write("\r\n");
    }

    /** A CSV field: empty for null, quoted when it holds a comma, quote or line break; lists joined by '|'. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list
                ? String.join("|", list.stream().map(String::valueOf).toList())
                : value.toString();
        // A leading =, +, - or @ would be run as a formula by spreadsheets; prefix a quote to keep it text.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
