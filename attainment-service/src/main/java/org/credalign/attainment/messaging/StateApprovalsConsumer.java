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
import org.credalign.commons.messaging.DeadLetterCounted;
import org.credalign.commons.messaging.EventFields;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each state's approved list from catalog.state-approvals.v1 (newest version wins), for the "not on the
 * state's approved list" warning. Unreadable messages go to the dead-letter topic.
 */
@ApplicationScoped
@DeadLetterCounted
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
        JsonNode list = event.required("entries");
        if (!list.isArray()) {
            // iterating a text node would silently replace the state's list with an empty one
            throw new IllegalArgumentException("entries must be an array, was " + list.getNodeType());
        }
        for (JsonNode entry : list) {
            entries.put(EventFields.text(entry, "credentialId"), EventFields.text(entry, "status"));
        }
        replica.replaceApprovalsIfNewer(EventFields.text(event, "state"), EventFields.version(event), entries);
    }
}
