package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Rows read so far by submissions being processed, for their status URL (kept in memory, not in the database). */
@ApplicationScoped
public class ProgressTracker {

    private final Map<UUID, AtomicLong> rowsRead = new ConcurrentHashMap<>();

    AtomicLong start(UUID submissionId) {
        AtomicLong counter = new AtomicLong();
        rowsRead.put(submissionId, counter);
        return counter;
    }

    void finish(UUID submissionId) {
        rowsRead.remove(submissionId);
    }

    /** Rows read so far, or null when the submission is not being processed by this instance. */
    public Long rowsRead(UUID submissionId) {
        AtomicLong counter = rowsRead.get(submissionId);
        return counter == null ? null : counter.get();
    }
}
