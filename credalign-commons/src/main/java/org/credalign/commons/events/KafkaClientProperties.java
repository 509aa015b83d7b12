package org.credalign.commons.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;

/**
 * The Kafka connection settings every hand-built client of a service starts from (outbox relay, topic
 * provisioning, read-model rebuild): all {@code kafka.*} configuration, so the bootstrap servers and the security
 * settings of a production cluster (SASL/TLS from {@code KAFKA_*} environment variables) reach them exactly as they
 * reach the SmallRye channels.
 */
@ApplicationScoped
public class KafkaClientProperties {

    private final Map<String, Object> defaultBroker;

    public KafkaClientProperties(@Identifier("default-kafka-broker") Map<String, Object> defaultBroker) {
        this.defaultBroker = defaultBroker;
    }

    /** A fresh copy; callers add their client-specific settings on top. */
    public Properties base() {
        Properties properties = new Properties();
        defaultBroker.forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }
}
