package org.credalign.commons.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Strict readers for the fields every event of docs/EVENTS.md carries. Jackson's lenient {@code asLong()} would
 * read {@code "version": "new"} as 0 and store a wrong version; these throw instead, so the message is
 * dead-lettered rather than applied.
 */
public final class EventFields {

    private EventFields() {
    }

    /** The body's {@code version}: a whole, non-negative number. */
    public static long version(JsonNode event) {
        JsonNode version = event.required("version");
        if (!version.isIntegralNumber() || !version.canConvertToLong() || version.asLong() < 0) {
            throw new IllegalArgumentException("version must be a whole non-negative number, was " + version);
        }
        return version.asLong();
    }

    /** A required, non-blank text field. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must be non-empty text, was " + value);
        }
        return value.asText();
    }
}
