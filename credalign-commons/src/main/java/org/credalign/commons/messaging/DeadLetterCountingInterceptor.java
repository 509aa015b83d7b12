package org.credalign.commons.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Counts the messages a {@link DeadLetterCounted} consumer fails on: the connector then sends them to the
 * dead-letter topic. Runs outside {@code @Transactional} (lower priority number = outer), so a commit that fails
 * is counted too. The body is not logged (it may be large); topic, partition, offset and key locate it.
 */
@DeadLetterCounted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class DeadLetterCountingInterceptor {

    /** Exported as {@code credalign_dead_letters_total} with the consumed topic as tag. */
    public static final String METRIC = "credalign.dead.letters";

    private static final Logger LOG = Logger.getLogger(DeadLetterCountingInterceptor.class);

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    Object countFailures(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            ConsumerRecord<?, ?> record = consumerRecord(invocation.getParameters());
            String topic = record == null ? "unknown" : record.topic();
            registry.counter(METRIC, "topic", topic).increment();
            if (record == null) {
                LOG.warnf("dead letter from %s: %s", invocation.getMethod().getName(), e.toString());
            } else {
                LOG.warnf("dead letter %s-%d@%d key %s: %s", topic, record.partition(), record.offset(),
                        record.key(), e.toString());
            }
            throw e;
        }
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
