package org.credalign.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.credalign.alignment.persistence.ReadModelRepository;
import org.credalign.alignment.persistence.ResultsRepository;

/**
 * The default school years (a state's latest year with attainment data; the latest year any state has data),
 * remembered for one second: every read without {@code schoolYear} needs them, and they change only when a new
 * school year's first submission arrives.
 */
@ApplicationScoped
public class LatestYears {

    private static final long TTL_NANOS = 1_000_000_000L;
    private static final String ANY_STATE = "*";

    private record Entry(Optional<Integer> year, long at) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final ReadModelRepository readModel;
    private final ResultsRepository results;

    public LatestYears(ReadModelRepository readModel, ResultsRepository results) {
        this.readModel = readModel;
        this.results = results;
    }

    /** Call inside a transaction. */
    public Optional<Integer> ofState(String state) {
        return cached(state, () -> readModel.latestYear(state));
    }

    /** Call inside a transaction. */
    public Optional<Integer> ofAnyState() {
        return cached(ANY_STATE, results::latestYearWithData);
    }

    private Optional<Integer> cached(String key, Supplier<Optional<Integer>> load) {
        long now = System.nanoTime();
        Entry entry = cache.get(key);
        if (entry == null || now - entry.at() > TTL_NANOS) {
            entry = new Entry(load.get(), now);
            cache.put(key, entry);
        }
        return entry.year();
    }
}
