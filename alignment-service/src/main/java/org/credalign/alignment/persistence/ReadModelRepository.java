package org.credalign.alignment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.credalign.alignment.domain.LevelTotals;

/**
 * Writes and reads the alignment read model. Every write is an upsert guarded by the version, so a replayed,
 * duplicated or late message changes nothing.
 */
@ApplicationScoped
public class ReadModelRepository {

    private final EntityManager entityManager;

    public ReadModelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean upsertCredential(String id, String name, String issuer, String type, String status,
            long version) {
        return entityManager.createNativeQuery("""
                insert into credential (id, name, issuer, type, status, version) values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (id) do update set name = excluded.name, issuer = excluded.issuer, type = excluded.type,
                    status = excluded.status, version = excluded.version
                where credential.version < excluded.version""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, issuer).setParameter(4, type)
                .setParameter(5, status).setParameter(6, version).executeUpdate() > 0;
    }

    public boolean upsertAttainment(String state, int schoolYear, String credentialId, LevelTotals totals,
            boolean removed, long version) {
        return entityManager.createNativeQuery("""
                insert into credential_attainment
                    (state, school_year, credential_id, earned_secondary, earned_postsecondary, removed, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (state, school_year, credential_id) do update set
                    earned_secondary = excluded.earned_secondary, earned_postsecondary = excluded.earned_postsecondary,
                    removed = excluded.removed, version = excluded.version
                where credential_attainment.version < excluded.version""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, credentialId)
                .setParameter(4, totals.secondary()).setParameter(5, totals.postsecondary())
                .setParameter(6, removed).setParameter(7, version).executeUpdate() > 0;
    }

    /** The latest school year with data for a state, if any. */
    public Optional<Integer> latestYear(String state) {
        Object year = entityManager.createNativeQuery(
                "select max(school_year) from credential_attainment where state = ?1 and not removed")
                .setParameter(1, state).getSingleResult();
        return Optional.ofNullable(year).map(y -> ((Number) y).intValue());
    }

    public record EarnedRow(String credentialId, String credentialName, String type, int earnedSecondary,
            int earnedPostsecondary) {
    }

    @SuppressWarnings("unchecked")
    public List<EarnedRow> earnedByCredential(String state, int schoolYear, int offset, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select a.credential_id, c.name, c.type, a.earned_secondary, a.earned_postsecondary
                from credential_attainment a left join credential c on c.id = a.credential_id
                where a.state = ?1 and a.school_year = ?2 and not a.removed
                order by a.earned_secondary + a.earned_postsecondary desc, a.credential_id
                offset ?3 limit ?4""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, offset).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new EarnedRow((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    public long countEarnedCredentials(String state, int schoolYear) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from credential_attainment where state = ?1 and school_year = ?2 and not removed""")
                .setParameter(1, state).setParameter(2, schoolYear).getSingleResult()).longValue();
    }
}
