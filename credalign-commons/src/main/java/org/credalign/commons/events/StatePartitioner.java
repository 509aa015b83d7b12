package org.credalign.commons.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Sends every record of one state to the same partition: keys such as {@code NJ}, {@code NJ:2024} or
 * {@code NJ:2024:comptia-a-plus} are hashed on their state prefix only, so one state's events stay in order and
 * consumers can scale by state. Keys without a state prefix (a credential id, a SOC code) hash as a whole.
 */
public class StatePartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionCountForTopic(topic);
        String routingKey = routingKey(key == null ? "" : key.toString());
        return Utils.toPositive(Utils.murmur2(routingKey.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The two-letter state prefix when the key has one, else the whole key. */
    public static String routingKey(String key) {
        boolean statePrefixed = key.length() >= 2 && Character.isUpperCase(key.charAt(0))
                && Character.isUpperCase(key.charAt(1)) && (key.length() == 2 || key.charAt(2) == ':');
        return statePrefixed ? key.substring(0, 2) : key;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
