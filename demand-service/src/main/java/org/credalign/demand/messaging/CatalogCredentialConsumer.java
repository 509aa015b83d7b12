package org.credalign.demand.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.credalign.demand.service.CatalogReplicaService;
import org.credalign.demand.service.CatalogReplicaService.CredentialEvent;
import org.credalign.commons.messaging.DeadLetterCounted;
import org.credalign.commons.messaging.EventFields;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the credential replica from catalog.credentials.v1 (docs/EVENTS.md). A message that cannot be read (not
 * JSON, a required field missing) fails and goes to the dead-letter topic without blocking the ones behind it.
 */
@ApplicationScoped
@DeadLetterCounted
public class CatalogCredentialConsumer {

    private final CatalogReplicaService replica;
    private final ObjectMapper objectMapper;

    public CatalogCredentialConsumer(CatalogReplicaService replica, ObjectMapper objectMapper) {
        this.replica = replica;
        this.objectMapper = objectMapper;
    }

    @Incoming("catalog-credentials")
    @Blocking(ordered = true)
    public void onCredentialChanged(ConsumerRecord<String, String> record) throws Exception {
        replica.apply(read(objectMapper.readTree(record.value())));
    }

    static CredentialEvent read(JsonNode event) {
        List<ExternalCode> codes = new ArrayList<>();
        for (JsonNode code : event.path("externalCodes")) {
            codes.add(new ExternalCode(text(code, "system"), text(code, "code")));
        }
        JsonNode changedBy = event.path("changedBy");
        return new CredentialEvent(text(event, "id"), text(event, "type"), texts(event.path("occupations")),
                texts(event.path("requiredInStates")), codes, text(event, "status"),
                EventFields.version(event), changedBy.isTextual() ? changedBy.asText() : "catalog");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must be non-empty text");
        }
        return value.asText();
    }

    /** An absent list (an older producer) is empty. */
    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
