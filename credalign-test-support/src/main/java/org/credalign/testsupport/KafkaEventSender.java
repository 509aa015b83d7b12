package org.credalign.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends records the way a CredAlign producer does, CloudEvents headers included ({@code ce_type} lets consumers
 * tell apart event types that share a topic). One producer is kept per test JVM; sends are synchronous.
 */
public final class KafkaEventSender {

    /** One record to send; {@code partition} may be null (then the key decides). */
    public record Event(String topic, Integer partition, String key, String ceType, String value, long version) {
    }

    private static KafkaProducer<String, String> producer;

    private KafkaEventSender() {
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** Sends one record with ce_specversion, ce_id, ce_type, ce_source, ce_time, content-type and version headers. */
    public static void send(String topic, String key, String ceType, String value, long version) {
        send(List.of(new Event(topic, null, key, ceType, value, version)));
    }

    /** Sends the records in order and waits until the broker acknowledged all of them. */
    public static void send(List<Event> events) {
        try {
            var acks = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (Event e : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.partition(), e.key(),
                        e.value());
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", "test-" + UUID.randomUUID());
                if (e.ceType() != null) {
                    header(record, "ce_type", e.ceType());
                }
                header(record, "ce_source", "test");
                header(record, "ce_time", Instant.now().toString());
                header(record, "content-type", "application/json");
                header(record, "version", Long.toString(e.version()));
                acks.add(producer().send(record));
            }
            producer().flush();
            for (var ack : acks) {
                ack.get();
            }
        } catch (Exception ex) {
            throw new IllegalStateException("cannot send test events", ex);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
