package org.credalign.alignment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.credalign.commons.events.KafkaClientProperties;
import org.credalign.alignment.config.AlignmentConfig;
import org.credalign.alignment.messaging.EventApplier;
import org.credalign.alignment.persistence.ResultsRepository;
import org.credalign.commons.events.CloudEventHeaders;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read model from offset 0: empties it and every result, then reads each consumed topic from its
 * beginning up to the end it had when the rebuild started, through the same {@link EventApplier} as the live
 * consumers, and rescores. Live consumers keep running meanwhile: every apply keeps the newest version per key, so
 * their writes and the replay's converge on the same state whatever the interleaving. A record that cannot be
 * applied is skipped and counted (the live consumer already dead-lettered it).
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    public record RebuildReport(long rowsCleared, long recordsReplayed, long recordsSkipped,
            ScoringService.ScoringRun scoring, long millis) {
    }

    private final ResultsRepository results;
    private final EventApplier applier;
    private final ScoringService scoring;
    private final AlignmentConfig config;
    private final KafkaClientProperties kafkaProperties;

    public RebuildService(ResultsRepository results, EventApplier applier, ScoringService scoring,
            AlignmentConfig config, KafkaClientProperties kafkaProperties) {
        this.results = results;
        this.applier = applier;
        this.scoring = scoring;
        this.config = config;
        this.kafkaProperties = kafkaProperties;
    }

    public synchronized RebuildReport rebuild() {
        long start = System.nanoTime();
        long cleared = QuarkusTransaction.requiringNew().call(results::truncateReadModelAndResults);
        long replayed = 0;
        long skipped = 0;
        Properties props = kafkaProperties.base();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(10));
            for (String topic : EventApplier.TOPICS) {
                topics.getOrDefault(topic, List.of())
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(config.rebuild().timeout());
            while (!reachedEnd(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("rebuild did not reach the end of the topics within "
                            + config.rebuild().timeout());
                }
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.offset() < end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        batch.add(record);
                    }
                });
                long[] outcome = applyBatch(batch);
                replayed += outcome[0];
                skipped += outcome[1];
            }
        }
        ScoringService.ScoringRun run = scoring.scorePending();
        return new RebuildReport(cleared, replayed, skipped, run, (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** Applies a batch in one transaction; when that fails, record by record, skipping the unreadable ones. */
    private long[] applyBatch(List<ConsumerRecord<String, String>> batch) {
        if (batch.isEmpty()) {
            return new long[] {0, 0};
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::applyOrThrow));
            return new long[] {batch.size(), 0};
        } catch (RuntimeException batchFailure) {
            long applied = 0;
            long skipped = 0;
            for (ConsumerRecord<String, String> record : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyOrThrow(record));
                    applied++;
                } catch (RuntimeException e) {
                    skipped++;
                    LOG.warnf("rebuild skipped %s[%d]@%d (key %s): %s", record.topic(), record.partition(),
                            record.offset(), record.key(), e.getMessage());
                }
            }
            return new long[] {applied, skipped};
        }
    }

    private void applyOrThrow(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        String ceType = header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            applier.apply(record.topic(), record.key(), ceType, record.value());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
