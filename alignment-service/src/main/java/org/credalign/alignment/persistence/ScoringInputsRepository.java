package org.credalign.alignment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.credalign.alignment.domain.Inputs;
import org.credalign.alignment.domain.SnapshotCompleteness;

/**
 * Loads what scoring needs for a set of state-years in a handful of queries (one per table), whatever the size of
 * the set: a single state-year after one event, or every state-year for a full national rescore.
 */
@ApplicationScoped
public class ScoringInputsRepository {

    /** A state and school year (ending year). */
    public record StateYearKey(String state, int schoolYear) {
    }

    /** Everything loaded for one scoring pass. */
    public record Loaded(Map<String, Inputs.CatalogCredential> catalog, Map<String, Inputs.Occupation> occupations,
            Map<StateYearKey, Inputs.StateYear> stateYears) {
    }

    private final EntityManager entityManager;

    public ScoringInputsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static List<String> list(Object array) {
        if (array == null) {
            return List.of();
        }
        try {
            Object value = array instanceof Array sqlArray ? sqlArray.getArray() : array;
            return Arrays.stream((Object[]) value).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static java.time.LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    public Loaded load(Collection<StateYearKey> keys) {
        Set<String> states = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        keys.forEach(k -> {
            states.add(k.state());
            years.add(k.schoolYear());
        });
        String stateList = String.join(",", states);
        String yearList = String.join(",", years.stream().map(String::valueOf).toList());
        String filter = " state = any(string_to_array(?1, ',')) and %s = any(cast(string_to_array(?2, ',') as int[]))";

        Map<String, Inputs.CatalogCredential> catalog = new HashMap<>();
        for (Object[] r : rows("""
                select id, name, type, status, clusters, occupations, secondary_appropriate, required_in_states
                from credential""")) {
            catalog.put((String) r[0], new Inputs.CatalogCredential((String) r[0], (String) r[1], (String) r[2],
                    "RETIRED".equals(r[3]), list(r[4]), list(r[5]), (Boolean) r[6], list(r[7])));
        }
        Map<String, Inputs.Occupation> occupations = new HashMap<>();
        for (Object[] r : rows("""
                select soc, title, median_annual_wage, employment, projected_growth_pct, clusters
                from occupation where not removed""")) {
            occupations.put((String) r[0], new Inputs.Occupation((String) r[0], (String) r[1], decimal(r[2]),
                    integer(r[3]), decimal(r[4]), list(r[5])));
        }

        Map<StateYearKey, List<Inputs.Attainment>> attainment = new HashMap<>();
        Map<StateYearKey, List<SnapshotCompleteness.KeyVersion>> keyVersions = new HashMap<>();
        Map<StateYearKey, Set<String>> submissions = new HashMap<>();
        for (Object[] r : rows("""
                select state, school_year, credential_id, earned_secondary, earned_postsecondary, removed,
                    submission_id, version
                from credential_attainment where""" + filter.formatted("school_year"), stateList, yearList)) {
            StateYearKey key = new StateYearKey((String) r[0], ((Number) r[1]).intValue());
            keyVersions.computeIfAbsent(key, k -> new ArrayList<>()).add(
                    new SnapshotCompleteness.KeyVersion((String) r[6], ((Number) r[7]).longValue()));
            if (!(Boolean) r[5]) {
                attainment.computeIfAbsent(key, k -> new ArrayList<>()).add(new Inputs.Attainment((String) r[2],
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
                if (r[6] != null) {
                    submissions.computeIfAbsent(key, k -> new TreeSet<>()).add((String) r[6]);
                }
            }
        }
        Map<StateYearKey, SnapshotCompleteness.Marker> markers = new HashMap<>();
        for (Object[] r : rows("select state, school_year, submission_id, key_count, version from attainment_snapshot"
                + " where" + filter.formatted("school_year"), stateList, yearList)) {
            markers.put(new StateYearKey((String) r[0], ((Number) r[1]).intValue()), new SnapshotCompleteness.Marker(
                    (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue()));
        }
        Map<StateYearKey, List<Inputs.Demand>> demand = new HashMap<>();
        Map<StateYearKey, Set<String>> imports = new HashMap<>();
        for (Object[] r : rows("""
                select state, year, credential_id, postings, basis, import_id
                from credential_demand where not removed and""" + filter.formatted("year"), stateList, yearList)) {
            StateYearKey key = new StateYearKey((String) r[0], ((Number) r[1]).intValue());
            demand.computeIfAbsent(key, k -> new ArrayList<>()).add(new Inputs.Demand((String) r[2],
                    ((Number) r[3]).longValue(), (String) r[4]));
            if (r[5] != null) {
                imports.computeIfAbsent(key, k -> new TreeSet<>()).add((String) r[5]);
            }
        }
        Map<StateYearKey, Inputs.StateProfile> profiles = new HashMap<>();
        for (Object[] r : rows("""
                select state, school_year, collects_secondary, collects_postsecondary, vendor_agreements,
                    credentials_in_essa_plan, incentive_policy, maintains_approved_list, high_school_enrollment,
                    cte_concentrators
                from state_profile where""" + filter.formatted("school_year"), stateList, yearList)) {
            profiles.put(new StateYearKey((String) r[0], ((Number) r[1]).intValue()), new Inputs.StateProfile(
                    (Boolean) r[2], (Boolean) r[3], ((Number) r[4]).intValue(), (Boolean) r[5], (Boolean) r[6],
                    (Boolean) r[7], integer(r[8]), integer(r[9])));
        }
        Map<StateYearKey, BigDecimal> wages = new HashMap<>();
        for (Object[] r : rows("select state, year, median_annual_wage from state_wage_year where"
                + filter.formatted("year"), stateList, yearList)) {
            wages.put(new StateYearKey((String) r[0], ((Number) r[1]).intValue()), decimal(r[2]));
        }
        Map<String, List<Inputs.ApprovalEntry>> approvals = new HashMap<>();
        for (Object[] r : rows("""
                select state, credential_id, status, approved_on, review_due, incentive_amount
                from state_approval_entry where state = any(string_to_array(?1, ','))""", stateList)) {
            approvals.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Inputs.ApprovalEntry(
                    (String) r[1], (String) r[2], date(r[3]), date(r[4]), decimal(r[5])));
        }

        Map<StateYearKey, Inputs.StateYear> stateYears = new HashMap<>();
        for (StateYearKey key : new HashSet<>(keys)) {
            stateYears.put(key, new Inputs.StateYear(key.state(), key.schoolYear(),
                    attainment.getOrDefault(key, List.of()), demand.getOrDefault(key, List.of()),
                    profiles.get(key), wages.get(key), approvals.getOrDefault(key.state(), List.of()),
                    submissions.getOrDefault(key, Set.of()), imports.getOrDefault(key, Set.of()),
                    SnapshotCompleteness.complete(keyVersions.getOrDefault(key, List.of()), markers.get(key))));
        }
        return new Loaded(catalog, occupations, stateYears);
    }
}
