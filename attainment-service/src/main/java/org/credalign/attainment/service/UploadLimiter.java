package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.credalign.attainment.config.AttainmentConfig;

/**
 * At most {@code maxPerState} uploads of one state in flight at once (being received, validated, or waiting for and
 * in background processing), so one state's data system cannot fill the spool disk or the worker queue for all
 * the others. A state at its limit is told to come back later (429); other states are not affected.
 */
@ApplicationScoped
public class UploadLimiter {

    /** Seconds a refused uploader is asked to wait: about the time a typical submission takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final int maxPerState;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    @Inject
    public UploadLimiter(AttainmentConfig config) {
        this(config.submissions().maxConcurrentPerState());
    }

    public UploadLimiter(int maxPerState) {
        if (maxPerState < 1) {
            throw new IllegalArgumentException("at least one upload per state must be allowed, got " + maxPerState);
        }
        this.maxPerState = maxPerState;
    }

    public int maxPerState() {
        return maxPerState;
    }

    /** A permit for one upload of {@code state}, or empty when the state already has its maximum in flight. */
    public Optional<Permit> tryAcquire(String state) {
        String key = state.toUpperCase(java.util.Locale.ROOT);
        boolean[] granted = {false};
        inFlight.compute(key, (k, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maxPerState) {
                return count;
            }
            granted[0] = true;
            return current + 1;
        });
        return granted[0] ? Optional.of(new Permit(key)) : Optional.empty();
    }

    /** Uploads of {@code state} in flight now. */
    public int inFlight(String state) {
        return inFlight.getOrDefault(state.toUpperCase(java.util.Locale.ROOT), 0);
    }

    /** One upload's place; closing it (once, however often called) frees the place. */
    public final class Permit implements AutoCloseable {
        private final String state;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String state) {
            this.state = state;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                inFlight.computeIfPresent(state, (k, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
