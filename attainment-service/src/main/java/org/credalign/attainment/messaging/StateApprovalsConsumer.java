package org.credalign.attainment.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each state's approved list from catalog.state-approvals.v1 (newest version wins), for the "not on the
 * state's approved list" warning. Unreadable messages go to the dead-letter topic.
 */
@ApplicationScoped
public class StateApprovalsConsumer {

    private final CredentialReplicaRepository replica;
    private final ObjectMapper objectMapper;

    public StateApprovalsConsumer(CredentialReplicaRepository replica, ObjectMapper objectMapper) {
        this.replica = replica;
        this.objectMapper = objectMapper;
    }

    @Incoming("catalog-state-approvals")
    @Blocking(ordered = true)
    @Transactional
    public void onStateApprovalsChanged(ConsumerRecord<String, String> record) throws Exception {
        JsonNode event = objectMapper.readTree(record.value());
        Map<String, String> entries = new LinkedHashMap<>();
        for (JsonNode entry : event.required("entries")) {
            entries.put(entry.required("credentialId").asText(), entry.required("status").asText());
        }
        replica.replaceApprovalsIfNewer(event.required("state").asText(), event.required("version").asLong(),
                entries);
    }
}
