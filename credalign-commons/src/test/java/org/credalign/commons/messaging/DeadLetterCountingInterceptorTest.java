package org.credalign.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A consumer failure is either the message's fault (dead-lettered at once) or the database's (retried). */
class DeadLetterCountingInterceptorTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("catalog.credentials.v1", 2, 17, "k", "{}");

    private DeadLetterCountingInterceptor interceptor(Duration retryFor) {
        DeadLetterCountingInterceptor interceptor = new DeadLetterCountingInterceptor();
        interceptor.registry = registry;
        interceptor.databaseRetryFor = retryFor;
        interceptor.firstPause = Duration.ofMillis(1);
        return interceptor;
    }

    /** An invocation whose first {@code failures} calls throw {@code failure}, then returns "applied". */
    private InvocationContext invocation(int failures, Exception failure, AtomicInteger calls) {
        return new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return null; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[] {record}; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() throws Exception {
                if (calls.incrementAndGet() <= failures) {
                    throw failure;
                }
                return "applied";
            }
        };
    }

    private double deadLetters() {
        var counter = registry.find(DeadLetterCountingInterceptor.METRIC).tag("topic", record.topic()).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void anUnreadableMessageIsCountedAndRethrownAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        IllegalArgumentException unreadable = new IllegalArgumentException("version is not a number");
        Exception thrown = assertThrows(Exception.class,
                () -> interceptor(Duration.ofMinutes(10)).countFailures(invocation(1, unreadable, calls)));
        assertSame(unreadable, thrown);
        assertEquals(1, calls.get());
        assertEquals(1.0, deadLetters());
    }

    @Test
    void aDatabaseOutageIsWaitedOutAndTheMessageApplied() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Exception down = new RuntimeException(new SQLTransientConnectionException("connection refused", "08001"));
        assertEquals("applied", interceptor(Duration.ofMinutes(10)).countFailures(invocation(3, down, calls)));
        assertEquals(4, calls.get());
        assertEquals(0.0, deadLetters());
        assertEquals(3.0, registry.find(DeadLetterCountingInterceptor.RETRY_METRIC).counter().count());
    }

    @Test
    void anOutageLongerThanTheRetryBudgetEndsInTheDeadLetterTopic() {
        AtomicInteger calls = new AtomicInteger();
        Exception down = new RuntimeException(new SQLTransientConnectionException("connection refused", "08001"));
        assertThrows(Exception.class,
                () -> interceptor(Duration.ofMillis(20)).countFailures(invocation(Integer.MAX_VALUE, down, calls)));
        assertEquals(1.0, deadLetters());
    }
}
