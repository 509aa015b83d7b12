package org.credalign.demand.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.credalign.demand.domain.DemandBasis;
import org.credalign.demand.domain.StateYear;

/** Derived demand per credential, state and calendar year, with the version of each key's last event. */
@ApplicationScoped
public class DerivedDemandRepository {

    private final EntityManager entityManager;

    public DerivedDemandRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Stored(String credentialId, long postings, DemandBasis basis, boolean removed) {
    }

    /** A published row with the credential's type from the replica (null when the catalog no longer has it). */
    public record Listed(String state, int year, String credentialId, String credentialType, long postings,
            DemandBasis basis, UUID importId, long version) {
    }

    /** The stored keys among the given credentials in the given state-years, in one query. */
    @SuppressWarnings("unchecked")
    public Map<StateYear, Map<String, Stored>> of(Set<StateYear> scopes, Set<String> credentialIds) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select d.state, d.year, d.credential_id, d.postings, d.basis, d.removed from derived_demand d
                join unnest(cast(?1 as text[]), cast(?2 as int[])) as s(state, year)
                  on s.state = d.state and s.year = d.year
                where d.credential_id = any(cast(?3 as text[]))""")
                .setParameter(1, scopes.stream().map(StateYear::state).toArray(String[]::new))
                .setParameter(2, scopes.stream().map(StateYear::year).toArray(Integer[]::new))
                .setParameter(3, credentialIds.toArray(String[]::new)).getResultList();
        Map<StateYear, Map<String, Stored>> byScope = new HashMap<>();
        rows.forEach(r -> byScope.computeIfAbsent(new StateYear((String) r[0], ((Number) r[1]).intValue()),
                s -> new HashMap<>()).put((String) r[2], new Stored((String) r[2], ((Number) r[3]).longValue(),
                DemandBasis.valueOf((String) r[4]), (Boolean) r[5])));
        return byScope;
    }

    /** The state-years in which a credential has (or had) a derived value. */
    @SuppressWarnings("unchecked")
    public Set<StateYear> scopesOf(String credentialId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select state, year from derived_demand where credential_id = ?1")
                .setParameter(1, credentialId).getResultList();
        Set<StateYear> scopes = new HashSet<>();
        rows.forEach(r -> scopes.add(new StateYear((String) r[0], ((Number) r[1]).intValue())));
        return scopes;
    }

    /** One derived value to store. */
    public record Change(StateYear scope, String credentialId, long postings, DemandBasis basis, boolean removed,
            long version) {
    }

    /** Stores many derived values in one statement (arrays unnested), whatever their number. */
    public void upsertAll(List<Change> changes, UUID importId, String changedBy) {
        if (changes.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into derived_demand (state, year, credential_id, postings, basis, removed, import_id, version,
                    changed_by, changed_at)
                select c.state, c.year, c.credential_id, c.postings, c.basis, c.removed, ?8, c.version, ?9, ?10
                from unnest(cast(?1 as text[]), cast(?2 as int[]), cast(?3 as text[]), cast(?4 as bigint[]),
                            cast(?5 as text[]), cast(?6 as boolean[]), cast(?7 as bigint[]))
                     as c(state, year, credential_id, postings, basis, removed, version)
                on conflict (state, year, credential_id) do update set postings = excluded.postings,
                    basis = excluded.basis, removed = excluded.removed, import_id = excluded.import_id,
                    version = excluded.version, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .setParameter(1, changes.stream().map(c -> c.scope().state()).toArray(String[]::new))
                .setParameter(2, changes.stream().map(c -> c.scope().year()).toArray(Integer[]::new))
                .setParameter(3, changes.stream().map(Change::credentialId).toArray(String[]::new))
                .setParameter(4, changes.stream().map(Change::postings).toArray(Long[]::new))
                .setParameter(5, changes.stream().map(c -> c.basis().name()).toArray(String[]::new))
                .setParameter(6, changes.stream().map(Change::removed).toArray(Boolean[]::new))
                .setParameter(7, changes.stream().map(Change::version).toArray(Long[]::new))
                .setParameter(8, importId).setParameter(9, changedBy).setParameter(10, Instant.now())
                .executeUpdate();
    }

    public Optional<Integer> latestYear(String state) {
        Object year = entityManager.createNativeQuery(
                "select max(year) from derived_demand where state = ?1 and not removed")
                .setParameter(1, state).getSingleResult();
        return Optional.ofNullable(year).map(y -> ((Number) y).intValue());
    }

    public List<Listed> list(String state, int year, DemandBasis basis, int offset, int limit) {
        return listed(state, year, basis, " offset " + offset + " limit " + limit).toList();
    }

    /** The whole filtered list, for CSV export (closed by the caller). */
    public Stream<Listed> stream(String state, int year, DemandBasis basis) {
        return listed(state, year, basis, "");
    }

    public long count(String state, int year, DemandBasis basis) {
        Query query = entityManager.createNativeQuery("""
                select count(*) from derived_demand d
                where d.state = ?1 and d.year = ?2 and not d.removed and (cast(?3 as text) is null or d.basis = ?3)""");
        bind(query, state, year, basis);
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private Stream<Listed> listed(String state, int year, DemandBasis basis, String page) {
        Query query = entityManager.createNativeQuery("""
                select d.state, d.year, d.credential_id, c.type, d.postings, d.basis, d.import_id, d.version
                from derived_demand d left join credential_replica c on c.id = d.credential_id
                where d.state = ?1 and d.year = ?2 and not d.removed and (cast(?3 as text) is null or d.basis = ?3)
                order by d.postings desc, d.credential_id""" + page);
        bind(query, state, year, basis);
        return ((Stream<Object[]>) query.getResultStream()).map(r -> new Listed((String) r[0],
                ((Number) r[1]).intValue(), (String) r[2], (String) r[3], ((Number) r[4]).longValue(),
                DemandBasis.valueOf((String) r[5]), (UUID) r[6], ((Number) r[7]).longValue()));
    }

    private static void bind(Query query, String state, int year, DemandBasis basis) {
        query.setParameter(1, state).setParameter(2, year).setParameter(3, basis == null ? null : basis.name());
    }
}
