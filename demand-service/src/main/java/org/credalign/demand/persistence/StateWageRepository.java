package org.credalign.demand.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** All-occupation median annual wage per state and calendar year. */
@ApplicationScoped
public class StateWageRepository {

    private final EntityManager entityManager;

    public StateWageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The state's wages by year, oldest first. */
    @SuppressWarnings("unchecked")
    public TreeMap<Integer, Integer> wages(String state) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select year, median_annual_wage from state_wage where state = ?1")
                .setParameter(1, state).getResultList();
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        rows.forEach(r -> byYear.put(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
        return byYear;
    }

    public void upsert(String state, int year, int medianAnnualWage, String changedBy) {
        entityManager.createNativeQuery("""
                insert into state_wage (state, year, median_annual_wage, changed_by, changed_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (state, year) do update set median_annual_wage = excluded.median_annual_wage,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .setParameter(1, state).setParameter(2, year).setParameter(3, medianAnnualWage)
                .setParameter(4, changedBy).setParameter(5, Instant.now()).executeUpdate();
    }

    /** Replaces the state's whole list of wages. */
    public void replace(String state, Map<Integer, Integer> wagesByYear, String changedBy) {
        entityManager.createNativeQuery("delete from state_wage where state = ?1").setParameter(1, state)
                .executeUpdate();
        wagesByYear.forEach((year, wage) -> upsert(state, year, wage, changedBy));
    }
}
