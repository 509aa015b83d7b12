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
