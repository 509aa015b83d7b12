package org.credalign.attainment.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.credalign.attainment.persistence.CredentialReplicaRepository.ExternalCode;
import org.credalign.commons.messaging.DeadLetterCounted;
import org.credalign.commons.messaging.EventFields;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the credential replica (with its external codes, so rows may name a credential by codeSystem + code) from
 * catalog.credentials.v1. Applying a message is idempotent and order-safe: the replica keeps the highest version.
 * An unreadable message fails and goes to the dead-letter topic.
 */
@ApplicationScoped
@DeadLetterCounted
public class CatalogCredentialConsumer {

    private final CredentialReplicaRepository replica;
    private final ObjectMapper objectMapper;

    public CatalogCredentialConsumer(CredentialReplicaRepository replica, ObjectMapper objectMapper) {
        this.replica = replica;
        this.objectMapper = objectMapper;
    }

    @Incoming("catalog-credentials")
    @Blocking(ordered = true)
    @Transactional
    public void onCredentialChanged(ConsumerRecord<String, String> record) throws Exception {
        JsonNode event = objectMapper.readTree(record.value());
        String id = required(event, "id");
        List<ExternalCode> codes = new ArrayList<>();
        for (JsonNode code : event.path("externalCodes")) {
            codes.add(new ExternalCode(EventFields.text(code, "system"), EventFields.text(code, "code")));
        }
        if (replica.upsertIfNewer(id, required(event, "name"), required(event, "type"), required(event, "status"),
                EventFields.version(event))) {
            replica.replaceExternalCodes(id, codes);
        }
    }

    private static String required(JsonNode event, String field) {
        return EventFields.text(event, field);
    }
}
