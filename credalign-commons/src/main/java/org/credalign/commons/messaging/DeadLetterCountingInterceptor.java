package org.credalign.commons.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.commons.problem.DatabaseUnavailable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Counts the messages a {@link DeadLetterCounted} consumer fails on: the connector then sends them to the
 * dead-letter topic. Runs outside {@code @Transactional} (lower priority number = outer), so a commit that fails
 * is counted too. The body is not logged (it may be large); topic, partition, offset and key locate it.
 * <p>
 * A message is not at fault when the database cannot be reached (a restart, a fail-over): dead-lettering it would
 * lose a good event. Such failures are retried with a growing pause, the whole transaction again, holding the
 * partition's order, for up to {@code credalign.messaging.database-retry-for} (10 minutes); only then is the message
 * dead-lettered and counted like any other.
 */
@DeadLetterCounted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class DeadLetterCountingInterceptor {

    /** Exported as {@code credalign_dead_letters_total} with the consumed topic as tag. */
    public static final String METRIC = "credalign.dead.letters";
    /** Exported as {@code credalign_consumer_database_retries_total}: consumption waited for the database. */
    public static final String RETRY_METRIC = "credalign.consumer.database.retries";

    private static final Logger LOG = Logger.getLogger(DeadLetterCountingInterceptor.class);

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "credalign.messaging.database-retry-for", defaultValue = "10m")
    Duration databaseRetryFor;

    /** The first pause after a database failure; doubled each time up to {@link #MAX_PAUSE}. */
    Duration firstPause = Duration.ofMillis(250);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    @AroundInvoke
    Object countFailures(InvocationContext invocation) throws Exception {
        Instant giveUpAt = Instant.now().plus(databaseRetryFor);
        Duration pause = firstPause;
        while (true) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!DatabaseUnavailable.isCause(e) || Instant.now().plus(pause).isAfter(giveUpAt)) {
                    throw deadLetter(invocation, e);
                }
                registry.counter(RETRY_METRIC).increment();
                LOG.warnf("database unavailable while consuming (%s); retrying in %d ms", e.toString(),
                        pause.toMillis());
                Thread.sleep(pause.toMillis()); // interrupted at shutdown: the message is not committed, so redelivered
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private Exception deadLetter(InvocationContext invocation, Exception e) {
        ConsumerRecord<?, ?> record = consumerRecord(invocation.getParameters());
        String topic = record == null ? "unknown" : record.topic();
        registry.counter(METRIC, "topic", topic).increment();
        if (record == null) {
            LOG.warnf("dead letter from %s: %s", invocation.getMethod().getName(), e.toString());
        } else {
            LOG.warnf("dead letter %s-%d@%d key %s: %s", topic, record.partition(), record.offset(),
                    record.key(), e.toString());
        }
        return e;
    }

    private static ConsumerRecord<?, ?> consumerRecord(Object[] parameters) {
        for (Object parameter : parameters) {
            if (parameter instanceof ConsumerRecord<?, ?> record) {
                return record;
            }
        }
        return null;
    }
}
