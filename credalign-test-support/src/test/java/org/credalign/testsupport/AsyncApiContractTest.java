package org.credalign.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself must be able to fail: each broken part of a record is reported. */
class AsyncApiContractTest {

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            info: {title: t, version: '1'}
            channels:
              things:
                address: things.v1
                messages:
                  ThingChanged: {$ref: '#/components/messages/ThingChanged'}
            components:
              schemas:
                Count: &count {type: integer, minimum: 0}
              messages:
                ThingChanged:
                  name: ThingChanged
                  headers:
                    type: object
                    required: [ce_type, version]
                    properties:
                      ce_type: {type: string, const: org.example.ThingChanged.v1}
                      version: {type: string, pattern: '^[0-9]+$'}
                  payload:
                    type: object
                    additionalProperties: false
                    required: [id, count]
                    properties:
                      id: {type: string}
                      count: {$ref: '#/components/schemas/Count'}
                      again: *count
                  bindings:
                    kafka:
                      key: {type: string, pattern: '^[a-z]+$'}
            """;

    private final AsyncApiContract contract = AsyncApiContract.fromYaml(DOCUMENT);
    private final Map<String, String> goodHeaders = Map.of("ce_type", "org.example.ThingChanged.v1", "version", "3");

    @Test
    void aConformingRecordHasNoViolations() {
        assertEquals(List.of(), contract.violations("things.v1", "abc", goodHeaders, "{\"id\": \"abc\", \"count\": 2}"));
        assertEquals(List.of("ThingChanged"), contract.messageNames("things.v1"));
    }

    @Test
    void eachBrokenPartIsReported() {
        assertTrue(contract.violations("things.v1", "ABC", goodHeaders, "{\"id\": \"abc\", \"count\": 2}").get(0)
                .contains("key"));
        assertTrue(contract.violations("things.v1", "abc", Map.of("ce_type", "org.example.ThingChanged.v1",
                "version", "v3"), "{\"id\": \"abc\", \"count\": 2}").get(0).contains("headers"));
        assertEquals(1, contract.violations("things.v1", "abc", goodHeaders, "{\"id\": \"abc\"}").size());
        // A referenced schema and an aliased one are both enforced.
        assertEquals(1, contract.violations("things.v1", "abc", goodHeaders, "{\"id\": \"a\", \"count\": -1}").size());
        assertEquals(1, contract.violations("things.v1", "abc", goodHeaders,
                "{\"id\": \"a\", \"count\": 1, \"again\": -1}").size());
        assertEquals(1, contract.violations("things.v1", "abc", goodHeaders,
                "{\"id\": \"a\", \"count\": 1, \"extra\": true}").size());
        assertTrue(contract.violations("things.v1", "abc", goodHeaders, "not json").get(0).contains("not JSON"));
        assertTrue(contract.violations("things.v1", "abc", Map.of("ce_type", "org.example.Other.v1", "version", "1"),
                "{}").get(0).contains("no message"));
    }

    @Test
    void anUndocumentedTopicIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> contract.violations("other.v1", "a", goodHeaders, "{}"));
    }
}
