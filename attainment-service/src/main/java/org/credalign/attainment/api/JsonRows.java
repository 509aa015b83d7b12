package org.credalign.attainment.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.attainment.domain.RawRow;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;

/** Reads a JSON array body into raw rows numbered by element (1-based), leaving every judgement to validation. */
final class JsonRows {

    private JsonRows() {
    }

    static List<RawRow> read(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw ProblemException.validation("Submission body must be a JSON array",
                    "send a JSON array of rows, e.g. [{\"credentialId\": \"comptia-a-plus\", \"level\": \"SECONDARY\", "
                            + "\"subgroup\": \"ALL\", \"earned\": 120}]",
                    List.of(FieldError.field("(body)", body == null ? "is empty" : "is a " + body.getNodeType()
                            + ", expected an array")));
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
                    fields.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
                }
            });
            rows.add(RawRow.of(number, fields));
        }
        return rows;
    }
}
