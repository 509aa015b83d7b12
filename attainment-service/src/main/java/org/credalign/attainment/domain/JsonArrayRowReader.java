package org.credalign.attainment.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON array of row objects, read token by token with Jackson's streaming parser. */
final class JsonArrayRowReader implements RowReader {

    private final JsonParser parser;
    private long element;
    private boolean started;

    JsonArrayRowReader(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public RawRow next() throws IOException {
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    throw new UnreadableBodyException(0, first == null ? "is empty" : "is " + describe(first)
                            + ", expected a JSON array of rows", true);
                }
            }
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new UnreadableBodyException(element + 1, "the JSON array is not closed");
            }
            if (token == JsonToken.END_ARRAY) {
                if (parser.nextToken() != null) {
                    throw new UnreadableBodyException(element, "unexpected content after the JSON array");
                }
                return null;
            }
            element++;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return RawRow.malformed(element, "must be a JSON object, got " + describe(token));
            }
            return RawRow.of(element, readObject(parser));
        } catch (JsonProcessingException e) {
            throw new UnreadableBodyException(Math.max(element, 1), "body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The fields of the object the parser is in (after START_OBJECT), values as text; null values are absent. */
    static Map<String, String> readObject(JsonParser parser) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                fields.put(name, "(" + describe(value) + ")");
                continue;
            }
            if (value != JsonToken.VALUE_NULL) {
                fields.put(name, parser.getText());
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token);
        }
        return fields;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

}
