package org.credalign.commons.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.credalign.commons.events.CloudEventHeaders;
import org.credalign.commons.events.KafkaClientProperties;
import org.credalign.commons.events.StatePartitioner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in id order and marks rows sent only after the broker acknowledged them
 * (idempotent producer, acks=all). While Kafka is unreachable a pass fails fast and the next pass retries the same
 * rows, so an accepted write is never lost and never blocked. A PostgreSQL advisory lock lets any number of
 * replicas run the relay while only one publishes at a time, which keeps per-key order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock; each service has its own database. */
    private static final long RELAY_LOCK_ID = 0x0C7EDA1L;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final String source;
    private final KafkaClientProperties kafkaProperties;
    private final TopicProvisioner topicProvisioner;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wakeup");
        thread.setDaemon(true);
        return thread;
    });
    private volatile KafkaProducer<String, String> producer;
    private volatile String lastFailure;

    public OutboxRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String source,
            KafkaClientProperties kafkaProperties) {
        this.entityManager = entityManager;
        this.config = config;
        this.source = source;
        this.kafkaProperties = kafkaProperties;
        this.topicProvisioner = new TopicProvisioner(kafkaProperties.base(), config);
        registry.gauge("credalign.outbox.backlog", backlog);
        registry.more().counter("credalign.outbox.published", List.of(), published);
    }

    /**
     * Safety net and retry loop: catches rows whose wake-up was missed (another replica held the lock, the broker
     * was down). Fresh events normally leave at once through {@link #wakeUp()}.
     */
    @Scheduled(every = "${credalign.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayDisabled.class)
    void relayScheduled() {
        relayQuietly();
    }

    /**
     * Asks for a relay pass right after a transaction that appended events has committed, so events leave within
     * milliseconds rather than at the next poll. Requests coalesce: at most one pass waits at a time.
     */
    public void wakeUp() {
        if (config.relayEnabled() && wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                relayQuietly();
            });
        }
    }

    private void relayQuietly() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // Broker or database trouble: keep the rows and retry on the next pass.
            rememberFailure(e);
        }
    }

    /**
     * One relay pass; returns how many events were published. Passes of this instance run one at a time (the
     * advisory lock serialises instances), so a pass never skips rows another in-process pass is still sending.
     */
    public synchronized int publishPending() {
        topicProvisioner.ensureTopics();
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK_ID).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select id, topic, message_key, event_type, entity_version, payload, created_at
                    from outbox_event where sent_at is null order by id limit ?1""")
                    .setParameter(1, config.batchSize()).getResultList();
            int sent = send(rows);
            if (sent > 0) {
                List<Long> ids = rows.subList(0, sent).stream().map(r -> ((Number) r[0]).longValue()).toList();
                entityManager.createNativeQuery("update outbox_event set sent_at = now() where id in (?1)")
                        .setParameter(1, ids).executeUpdate();
                published.addAndGet(sent);
            }
            backlog.set(((Number) entityManager
                    .createNativeQuery("select count(*) from outbox_event where sent_at is null")
                    .getSingleResult()).longValue());
            return sent;
        });
    }

    /** Sends the rows in order; returns the length of the acknowledged prefix. */
    private int send(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String id = source + "-" + row[0];
            Instant time = toInstant(row[6]);
            ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], null, (String) row[2],
                    row[5].toString(), CloudEventHeaders.of(id, (String) row[3], source, time,
                            ((Number) row[4]).longValue()));
            acks.add(kafka.send(record));
        }
        kafka.flush();
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged++;
            } catch (Exception e) {
                rememberFailure(e);
                break;
            }
        }
        if (acknowledged == rows.size()) {
            lastFailure = null;
        }
        return acknowledged;
    }

    @Scheduled(every = "${credalign.outbox.purge-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeScheduled() {
        purgePublished();
    }

    /** Deletes published rows older than the retention so the table stays bounded; returns how many. */
    public int purgePublished() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(config.retention());
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from outbox_event where sent_at is not null and sent_at < ?1")
                .setParameter(1, cutoff).executeUpdate());
    }

    public long backlog() {
        return backlog.get();
    }

    public String lastFailure() {
        return lastFailure;
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = kafkaProperties.base();
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, source + "-outbox-relay");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
                    long timeout = config.sendTimeout().toMillis();
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout));
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout + 1000));
                    props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, StatePartitioner.class.getName());
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
            }
        }
        return producer;
    }

    private void rememberFailure(Exception e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!message.equals(lastFailure)) {
            LOG.warnf("outbox relay will retry: %s", message);
        }
        lastFailure = message;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.now();
    }

    void close(@Observes ShutdownEvent event) {
        wakeUps.shutdownNow();
        topicProvisioner.close();
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** Lets a replica opt out of relaying (credalign.outbox.relay-enabled=false). */
    @ApplicationScoped
    public static class RelayDisabled implements Scheduled.SkipPredicate {
        private final OutboxConfig config;

        public RelayDisabled(OutboxConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.relayEnabled();
        }
    }
}
