package org.credalign.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Appends an event to the service's {@code outbox_event} table inside the caller's transaction, so the data change
 * and its event commit or roll back together (no dual write). {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class OutboxAppender {

    private static final String WAKE_UP_REGISTERED = OutboxAppender.class.getName() + ".wakeUp";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public OutboxAppender(EntityManager entityManager, ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * @param eventType CloudEvents type, e.g. {@code org.credalign.catalog.CredentialChanged.v1}
     * @param version   a number that only grows per key; consumers apply only newer versions
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, String eventType, long version, String changedBy, Object payload) {
        String json;
        try {
            json = objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload cannot be serialized: " + eventType, e);
        }
        entityManager.createNativeQuery("""
                insert into outbox_event (topic, message_key, event_type, entity_version, changed_by, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, topic)
                .setParameter(2, key)
                .setParameter(3, eventType)
                .setParameter(4, version)
                .setParameter(5, changedBy)
                .setParameter(6, json)
                .executeUpdate();
        wakeRelayAfterCommit();
    }

    /** Once per transaction: after a commit, the relay publishes at once instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
