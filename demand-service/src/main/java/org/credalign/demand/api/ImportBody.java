package org.credalign.demand.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;
import org.credalign.demand.domain.CsvRows;
import org.credalign.demand.domain.RawRow;

/**
 * Turns an import body (CSV or a JSON array) into raw rows, leaving every judgement of the values to validation.
 * Refuses a body over the size limit (413) and one that cannot be parsed at all (400).
 */
final class ImportBody {

    /** The rows, and the CSV header (null for JSON, whose field names are checked row by row). */
    record Parsed(List<String> csvHeader, List<RawRow> rows) {
    }

    private ImportBody() {
    }

    static byte[] read(InputStream body, long maxBytes) {
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.badRequest("the body could not be read: " + e.getMessage(), List.of());
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "payload-too-large", "Import too large", "the import body exceeds "
                + maxBytes + " bytes; split it (e.g. by state) into several imports", List.of());
    }

    static Parsed csv(byte[] bytes) {
        try {
            CsvRows.Parsed parsed = CsvRows.parse(utf8(bytes));
            return new Parsed(parsed.header(), parsed.rows());
        } catch (CsvRows.UnparseableCsv e) {
            throw ProblemException.badRequest("the CSV file cannot be read",
                    List.of(FieldError.row(e.line(), "(csv)", e.getMessage())));
        }
    }

    static Parsed json(byte[] bytes, ObjectMapper objectMapper) {
        JsonNode body;
        try {
            body = objectMapper.readTree(utf8(bytes));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("the body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
        if (body == null || body.isMissingNode()) {
            throw ProblemException.badRequest("the body is empty: send a JSON array of rows", List.of());
        }
        if (!body.isArray()) {
            throw ProblemException.validation("Import body must be a JSON array",
                    "send a JSON array of rows, e.g. [{\"state\": \"NJ\", \"year\": 2024, \"soc\": \"31-1131\", "
                            + "\"postings\": 8420}]",
                    List.of(FieldError.field("(body)", "is a " + body.getNodeType() + ", expected an array")));
        }
        List<RawRow> rows = new ArrayList<>(body.size());
        long number = 0;
        for (JsonNode element : body) {
            number++;
            if (!element.isObject()) {
                rows.add(RawRow.malformed(number, "must be a JSON object, got " + element.getNodeType()));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            element.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    fields.put(field.getKey(), text(value));
                }
            });
            rows.add(RawRow.of(number, fields));
        }
        return new Parsed(null, rows);
    }

    /** A value as text; an array of texts (clusters) is joined with '|' as in CSV. */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isValueNode() ? v.asText() : v.toString()));
            return String.join("|", parts);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("the body is not UTF-8 text", List.of());
        }
    }
}
