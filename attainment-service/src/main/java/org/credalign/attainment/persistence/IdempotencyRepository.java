package org.credalign.attainment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Idempotency-Key records: the first request with a key fixes its fingerprint, submission and answer. */
@ApplicationScoped
public class IdempotencyRepository {

    public record Entry(String requestHash, UUID submissionId, Integer firstStatus) {
    }

    private final EntityManager entityManager;

    public IdempotencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Serialises requests that share a key so only the first creates a submission. */
    public void lock(String state, String key) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "idempotency:" + state + ":" + key).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public Optional<Entry> find(String state, String key) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, submission_id, first_status from idempotency_key
                where state = ?1 and idempotency_key = ?2""").setParameter(1, state).setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Entry((String) r[0], (UUID) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue()));
    }

    public void insert(String state, String key, String requestHash, UUID submissionId) {
        entityManager.createNativeQuery("""
                insert into idempotency_key (state, idempotency_key, request_hash, submission_id)
                values (?1, ?2, ?3, ?4)""").setParameter(1, state).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, submissionId).executeUpdate();
    }

    /** Records the first answer given for the key's submission (kept once set). */
    public void recordFirstStatus(UUID submissionId, int status) {
        entityManager.createNativeQuery("""
                update idempotency_key set first_status = ?2 where submission_id = ?1 and first_status is null""")
                .setParameter(1, submissionId).setParameter(2, status).executeUpdate();
    }

    /** Frees a key whose submission was interrupted, so that the retry with the same key is processed anew. */
    public void release(String state, String key) {
        entityManager.createNativeQuery("delete from idempotency_key where state = ?1 and idempotency_key = ?2")
                .setParameter(1, state).setParameter(2, key).executeUpdate();
    }

    /** Forgets keys first used before the cutoff (the retention purge); returns how many. */
    public int deleteCreatedBefore(OffsetDateTime cutoff) {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }
}
