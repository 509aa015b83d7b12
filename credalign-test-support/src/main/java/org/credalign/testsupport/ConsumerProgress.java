package org.credalign.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
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
        TopicPartition tp = new TopicPartition(topic, partition);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            long end = admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset();
            Instant deadline = Instant.now().plus(timeout);
            long committed = -1;
            while (Instant.now().isBefore(deadline)) {
                OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(tp);
                committed = offset == null ? -1 : offset.offset();
                if (committed >= end) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("consumer group " + group + " committed " + committed + " on " + tp
                    + ", expected at least " + end + " within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + tp, e);
        }
    }
}
