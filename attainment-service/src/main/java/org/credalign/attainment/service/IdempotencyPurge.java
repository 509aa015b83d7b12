package org.credalign.attainment.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.credalign.attainment.config.IdempotencyConfig;
import org.credalign.attainment.persistence.IdempotencyRepository;

/** Forgets Idempotency-Keys older than the retention, so the table does not grow with every keyed request. */
@ApplicationScoped
public class IdempotencyPurge {

    private final IdempotencyRepository keys;
    private final IdempotencyConfig config;

    public IdempotencyPurge(IdempotencyRepository keys, IdempotencyConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Scheduled(every = "${attainment.idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeScheduled() {
        purgeExpired();
    }

    /** Deletes the keys first used before now − retention; returns how many. */
    @Transactional
    public int purgeExpired() {
        return keys.deleteCreatedBefore(OffsetDateTime.now().minus(config.retention()));
    }
}
