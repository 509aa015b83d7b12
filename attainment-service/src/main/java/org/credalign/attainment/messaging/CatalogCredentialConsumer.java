package org.credalign.attainment.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the credential replica from catalog.credentials.v1. Applying a message is idempotent and order-safe: the
 * replica keeps the highest version. An unreadable message fails and goes to the dead-letter topic.
 */
@ApplicationScoped
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
        replica.upsertIfNewer(required(event, "id"), required(event, "name"), required(event, "type"),
                required(event, "status"), event.required("version").asLong());
    }

    private static String required(JsonNode event, String field) {
        return event.required(field).asText();
    }
}
