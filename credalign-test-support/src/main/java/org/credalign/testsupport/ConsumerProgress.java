package org.credalign.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when a service's consumer group has processed everything written to a partition so far. The connector
 * commits an offset only after the message was acknowledged (its transaction committed, or it was dead-lettered),
 * so "committed offset reached the end offset" proves that duplicates, stale versions and poison messages sent
 * before were handled, without a marker event and without a fixed sleep.
 */
public final class ConsumerProgress {

    private ConsumerProgress() {
    }

    /**
     * Waits until {@code group} has committed past every record now in {@code topic}/{@code partition}; fails with
     * the offsets seen when the timeout passes.
     */
    public static void awaitConsumed(String group, String topic, int partition, Duration timeout) {
        awaitConsumed(group, List.of(new TopicPartition(topic, partition)), timeout);
    }

    /** Waits until {@code group} has committed past every record now in any partition of {@code topic}. */
    public static void awaitConsumed(String group, String topic, Duration timeout) {
        try (Admin admin = admin()) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            awaitConsumed(group, partitions, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + topic, e);
        }
    }

    private static void awaitConsumed(String group, List<TopicPartition> partitions, Duration timeout) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            Instant deadline = Instant.now().plus(timeout);
            Map<TopicPartition, Long> behind = new HashMap<>(end);
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                // a partition without records needs no commit
                behind.entrySet().removeIf(e -> e.getValue() == 0 || committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue());
                if (behind.isEmpty()) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("consumer group " + group + " did not commit up to " + behind + " within "
                    + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + partitions, e);
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        return Admin.create(props);
    }
}
