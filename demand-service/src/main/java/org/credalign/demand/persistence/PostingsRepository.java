package org.credalign.demand.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.credalign.demand.domain.StateYear;

/** Postings as the vendor delivered them: per credential and per occupation (SOC), by state and calendar year. */
@ApplicationScoped
public class PostingsRepository {

    private final EntityManager entityManager;

    public PostingsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Credential postings of a state-year, by credential id. */
    public Map<String, Long> credentialPostings(StateYear scope) {
        return postings("select credential_id, postings from credential_postings where state = ?1 and year = ?2",
                scope);
    }

    /** Occupation postings of a state-year, by SOC; empty when the state-year has none. */
    public Map<String, Long> occupationPostings(StateYear scope) {
        return postings("select soc, postings from occupation_postings where state = ?1 and year = ?2", scope);
    }

    /** The inputs of a derivation, read in bulk for many state-years at once. */
    public record DerivationInputs(Map<StateYear, Map<String, Long>> credentialPostings,
            Map<StateYear, Map<String, Long>> occupationPostings, Set<StateYear> withOccupationPostings) {
    }

    /**
     * Credential postings of the given credentials and occupation postings of the given SOCs in the given
     * state-years, and which of those state-years have any occupation postings: three queries however many
     * state-years there are.
     */
    @SuppressWarnings("unchecked")
    public DerivationInputs derivationInputs(Set<StateYear> scopes, Set<String> credentialIds, Set<String> socs) {
        String[] states = scopes.stream().map(StateYear::state).toArray(String[]::new);
        Integer[] years = scopes.stream().map(StateYear::year).toArray(Integer[]::new);
        Map<StateYear, Map<String, Long>> credential = byScope(entityManager.createNativeQuery("""
                select p.state, p.year, p.credential_id, p.postings from credential_postings p
                join unnest(cast(?1 as text[]), cast(?2 as int[])) as s(state, year)
                  on s.state = p.state and s.year = p.year
                where p.credential_id = any(cast(?3 as text[]))""")
                .setParameter(1, states).setParameter(2, years)
                .setParameter(3, credentialIds.toArray(String[]::new)).getResultList());
        Map<StateYear, Map<String, Long>> occupation = byScope(entityManager.createNativeQuery("""
                select p.state, p.year, p.soc, p.postings from occupation_postings p
                join unnest(cast(?1 as text[]), cast(?2 as int[])) as s(state, year)
                  on s.state = p.state and s.year = p.year
                where p.soc = any(cast(?3 as text[]))""")
                .setParameter(1, states).setParameter(2, years).setParameter(3, socs.toArray(String[]::new))
                .getResultList());
        Set<StateYear> withOccupationPostings = new HashSet<>();
        ((List<Object[]>) entityManager.createNativeQuery("""
                select s.state, s.year from unnest(cast(?1 as text[]), cast(?2 as int[])) as s(state, year)
                where exists (select 1 from occupation_postings p where p.state = s.state and p.year = s.year)""")
                .setParameter(1, states).setParameter(2, years).getResultList())
                .forEach(r -> withOccupationPostings.add(new StateYear((String) r[0], ((Number) r[1]).intValue())));
        return new DerivationInputs(credential, occupation, withOccupationPostings);
    }

    private static Map<StateYear, Map<String, Long>> byScope(List<Object[]> rows) {
        Map<StateYear, Map<String, Long>> byScope = new HashMap<>();
        rows.forEach(r -> byScope.computeIfAbsent(new StateYear((String) r[0], ((Number) r[1]).intValue()),
                s -> new HashMap<>()).put((String) r[2], ((Number) r[3]).longValue()));
        return byScope;
    }

    /** Replaces the state-year's credential postings with the given ones (bulk insert through arrays). */
    public void replaceCredentialPostings(StateYear scope, Map<String, Long> postings, UUID importId) {
        replace("credential_postings", "credential_id", scope, postings, importId);
    }

    public void replaceOccupationPostings(StateYear scope, Map<String, Long> postings, UUID importId) {
        replace("occupation_postings", "soc", scope, postings, importId);
    }

    /** The state-years in which a credential has postings. */
    public Set<StateYear> credentialScopes(String credentialId) {
        return scopes("select distinct state, year from credential_postings where credential_id = ?1",
                credentialId);
    }

    /** Every state-year with occupation postings (the state-years where licenses have a demand value). */
    public Set<StateYear> occupationScopes() {
        return scopes("select distinct state, year from occupation_postings", null);
    }

    private void replace(String table, String keyColumn, StateYear scope, Map<String, Long> postings,
            UUID importId) {
        entityManager.createNativeQuery("delete from " + table + " where state = ?1 and year = ?2")
                .setParameter(1, scope.state()).setParameter(2, scope.year()).executeUpdate();
        if (postings.isEmpty()) {
            return;
        }
        List<String> keys = List.copyOf(postings.keySet());
        entityManager.createNativeQuery("insert into " + table + " (state, year, " + keyColumn
                        + ", postings, import_id) select ?1, ?2, k, p, ?5"
                        + " from unnest(cast(?3 as text[]), cast(?4 as bigint[])) as t(k, p)")
                .setParameter(1, scope.state()).setParameter(2, scope.year())
                .setParameter(3, keys.toArray(String[]::new))
                .setParameter(4, keys.stream().map(postings::get).toArray(Long[]::new))
                .setParameter(5, importId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> postings(String sql, StateYear scope) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, scope.state())
                .setParameter(2, scope.year()).getResultList();
        Map<String, Long> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put((String) r[0], ((Number) r[1]).longValue()));
        return byKey;
    }

    @SuppressWarnings("unchecked")
    private Set<StateYear> scopes(String sql, String parameter) {
        var query = entityManager.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        Set<StateYear> scopes = new HashSet<>();
        ((List<Object[]>) query.getResultList())
                .forEach(r -> scopes.add(new StateYear((String) r[0], ((Number) r[1]).intValue())));
        return scopes;
    }
}
