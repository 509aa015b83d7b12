package org.credalign.attainment.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Newline-delimited JSON: one object per physical line; blank lines are skipped; a bad line is one bad row. */
final class NdjsonRowReader implements RowReader {

    private final BufferedReader lines;
    private final JsonFactory factory;
    private long line;

    NdjsonRowReader(InputStream body, JsonFactory factory) {
        this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        this.factory = factory;
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
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return RawRow.malformed(line, "must be one JSON object per line");
            }
            var fields = JsonArrayRowReader.readObject(parser);
            if (parser.nextToken() != null) {
                return RawRow.malformed(line, "has content after the JSON object (one object per line)");
            }
            return RawRow.of(line, fields);
        } catch (JsonProcessingException e) {
            return RawRow.malformed(line, "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
