package org.credalign.demand.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Serialises this service's writers (imports, catalog events, PUTs) for the rest of the transaction. Derived demand
 * reads postings, occupations and the catalog replica together; without one lock an import and a catalog event
 * committing side by side could each derive from the other's stale inputs. Writes are rare (vendor deliveries,
 * catalog edits), so one lock costs nothing that matters, and event versions are taken in commit order.
 */
@ApplicationScoped
public class WriteLock {

    /** Arbitrary constant naming the lock; distinct from the outbox relay's. */
    private static final long DEMAND_WRITE_LOCK_ID = 0xDE3A2DL;

    private final EntityManager entityManager;

    public WriteLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void acquire() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, DEMAND_WRITE_LOCK_ID)
                .getSingleResult();
    }

    /** The next event version: one sequence for every topic, so versions only grow per key. */
    public long nextEventVersion() {
        return ((Number) entityManager.createNativeQuery("select nextval('event_version')").getSingleResult())
                .longValue();
    }

    /** {@code count} next event versions, ascending, in one round trip. */
    @SuppressWarnings("unchecked")
    public List<Long> nextEventVersions(int count) {
        if (count == 0) {
            return List.of();
        }
        List<Number> values = entityManager.createNativeQuery(
                "select nextval('event_version') from generate_series(1, ?1)").setParameter(1, count)
                .getResultList();
        return values.stream().map(Number::longValue).sorted().toList();
    }
}
