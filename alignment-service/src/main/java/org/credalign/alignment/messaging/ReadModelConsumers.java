package org.credalign.alignment.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credalign.commons.events.CloudEventHeaders;
import org.credalign.commons.messaging.DeadLetterCounted;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the other services' events to the read model, one transaction per message. Each apply is idempotent and
 * keeps the newest version per key; an unreadable message throws and goes to the dead-letter topic without
 * blocking the ones behind it (counted in credalign_dead_letters_total).
 */
@ApplicationScoped
@DeadLetterCounted
public class ReadModelConsumers {

    private final EventApplier applier;

    public ReadModelConsumers(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("catalog-credentials")
    @Blocking
    @Transactional
    public void onCredentialChanged(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    @Incoming("catalog-approvals")
    @Blocking
    @Transactional
    public void onStateApprovalsChanged(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    @Incoming("attainment-earned")
    @Blocking
    @Transactional
    public void onAttainment(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    @Incoming("attainment-profiles")
    @Blocking
    @Transactional
    public void onStateProfileChanged(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    @Incoming("demand-credentials")
    @Blocking
    @Transactional
    public void onDemandChanged(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    @Incoming("demand-occupations")
    @Blocking
    @Transactional
    public void onOccupationChanged(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    @Incoming("demand-state-wages")
    @Blocking
    @Transactional
    public void onStateWagesChanged(ConsumerRecord<String, String> record) throws Exception {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) throws Exception {
        applier.apply(record.topic(), record.key(), ceType(record), record.value());
    }

    static String ceType(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
