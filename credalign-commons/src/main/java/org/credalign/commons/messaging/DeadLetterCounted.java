package org.credalign.commons.messaging;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Kafka consumer method whose channel uses {@code failure-strategy=dead-letter-queue}: every message it
 * fails on (thrown exception, including a failed commit of its transaction) is counted in
 * {@code credalign_dead_letters_total{topic=...}} and logged, so a dead letter never goes unnoticed.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeadLetterCounted {
}
