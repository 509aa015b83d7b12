package org.credalign.deployment;

import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import java.util.Optional;
import java.util.Set;

/**
 * Which configuration key an environment variable sets, by the rules the services' configuration follows:
 * <ul>
 *   <li>MicroProfile Config: a key is found in the environment under its own name, under the name with every
 *       character that is not a letter or digit replaced by {@code _}, and under that name in upper case
 *       ({@code quarkus.profile} ← {@code QUARKUS_PROFILE}); expression names such as {@code ${CREDALIGN_PG_HOST}}
 *       are keys too;</li>
 *   <li>the Quarkus Kafka extension hands every {@code kafka.*} key to the SmallRye Kafka clients, also when it
 *       comes from the environment ({@code KAFKA_SASL_MECHANISM} → {@code kafka.sasl.mechanism}), provided the
 *       rest names a setting of the Kafka producer or consumer.</li>
 * </ul>
 */
public final class EnvironmentVariables {

    /** Keys read by Quarkus itself in every service although no properties file sets them. */
    public static final Set<String> FRAMEWORK_KEYS = Set.of("quarkus.profile");

    private static final String KAFKA_PREFIX = "KAFKA_";

    private EnvironmentVariables() {
    }

    /** The key of {@code service} that {@code variable} sets, if any. */
    public static Optional<String> keyFor(String variable, ServiceModel service) {
        for (String key : service.configKeys()) {
            if (matches(variable, key)) {
                return Optional.of(key);
            }
        }
        for (String key : FRAMEWORK_KEYS) {
            if (matches(variable, key)) {
                return Optional.of(key);
            }
        }
        if (variable.startsWith(KAFKA_PREFIX)) {
            String setting = variable.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (ProducerConfig.configNames().contains(setting) || ConsumerConfig.configNames().contains(setting)) {
                return Optional.of("kafka." + setting);
            }
        }
        return Optional.empty();
    }

    /** The MicroProfile Config environment-variable rule for one key. */
    public static boolean matches(String variable, String key) {
        String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
        return variable.equals(key) || variable.equals(sanitized)
                || variable.equals(sanitized.toUpperCase(Locale.ROOT));
    }
}
