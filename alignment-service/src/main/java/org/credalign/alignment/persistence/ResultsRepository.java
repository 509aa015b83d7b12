package org.credalign.alignment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.credalign.alignment.persistence.ScoringInputsRepository.StateYearKey;

/**
 * The computed results (written by the scorer, read by the API) and the rescoring queue. Reads are single indexed
 * queries returning ready JSON, so they stay cheap under load.
 */
@ApplicationScoped
public class ResultsRepository {

    /** Arbitrary constant naming the scorer's advisory lock: one scorer at a time across replicas. */
    private static final long SCORER_LOCK_ID = 0xA11C4EL;

    private final EntityManager entityManager;

    public ResultsRepository(EntityManager entityManager) {
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

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    // ---- scorer side --------------------------------------------------------------------------------------------

    public boolean tryScorerLock() {
        return Boolean.TRUE.equals(entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SCORER_LOCK_ID).getSingleResult());
    }

    /** Takes the whole rescoring queue; a rollback puts it back. */
    public List<StateYearKey> takeDirty() {
        return rows("delete from dirty_state_year returning state, school_year").stream()
                .map(r -> new StateYearKey((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    /** Rows of one scored state-year, ready for COPY (column order as in {@link #replace}). */
    public record StateYearRows(String state, int schoolYear, String contentHash, List<?> stateRow,
            List<List<?>> credentialRows, List<List<?>> clusterRows, List<List<?>> revalidationRows) {
    }

    /** The content hash of each stored state-year among the given ones. */
    public java.util.Map<StateYearKey, String> contentHashes(Collection<StateYearKey> keys) {
        String states = String.join(",", keys.stream().map(StateYearKey::state).toList());
        String years = String.join(",", keys.stream().map(k -> String.valueOf(k.schoolYear())).toList());
        java.util.Map<StateYearKey, String> hashes = new java.util.HashMap<>();
        rows("select state, school_year, content_hash, parameters_hash from state_result where (state, school_year) in "
                + "(select unnest(string_to_array(?1, ',')), unnest(cast(string_to_array(?2, ',') as int[])))",
                states, years).forEach(r -> hashes.put(new StateYearKey((String) r[0], ((Number) r[1]).intValue()),
                        r[2] + "|" + r[3]));
        return hashes;
    }

    /** True when results are missing although the read model has attainment (e.g. after a crash). */
    public boolean resultsMissing() {
        return count("select count(*) from state_result") == 0
                && count("select count(*) from (select 1 from credential_attainment limit 1) a") > 0;
    }

    public static final List<String> STATE_COLUMNS = List.of("state", "school_year", "status", "no_data_reason",
            "alignment_category", "alignment_score", "map_category", "pct_earned_in_demand",
            "pct_in_demand_not_earned", "data_collection_score", "earned", "earned_in_demand", "postings",
            "in_demand_secondary", "in_demand_not_earned", "cte_concentrators", "high_school_enrollment",
            "attainment_complete", "parameters_hash", "content_hash", "summary", "computed_at");
    public static final List<String> CREDENTIAL_COLUMNS = List.of("state", "school_year", "credential_id",
            "sort_order", "category", "in_demand", "counted", "earned", "demanded", "dead_end", "item");
    public static final List<String> CLUSTER_COLUMNS = List.of("state", "school_year", "cluster", "item");
    public static final List<String> REVALIDATION_COLUMNS = List.of("state", "school_year", "credential_id",
            "action", "sort_order", "item");

    /** Replaces the results of the given state-years; ranks are set afterwards. */
    public void replace(Collection<StateYearKey> keys, List<StateYearRows> results) {
        if (keys.isEmpty()) {
            return;
        }
        String states = String.join(",", keys.stream().map(StateYearKey::state).toList());
        String years = String.join(",", keys.stream().map(k -> String.valueOf(k.schoolYear())).toList());
        for (String table : List.of("state_result", "credential_result", "cluster_result", "revalidation_result")) {
            entityManager.createNativeQuery("delete from " + table + " where (state, school_year) in "
                    + "(select unnest(string_to_array(?1, ',')), unnest(cast(string_to_array(?2, ',') as int[])))")
                    .setParameter(1, states).setParameter(2, years).executeUpdate();
        }
        List<List<?>> stateRows = new ArrayList<>();
        List<List<?>> credentialRows = new ArrayList<>();
        List<List<?>> clusterRows = new ArrayList<>();
        List<List<?>> revalidationRows = new ArrayList<>();
        for (StateYearRows r : results) {
            stateRows.add(r.stateRow());
            credentialRows.addAll(r.credentialRows());
            clusterRows.addAll(r.clusterRows());
            revalidationRows.addAll(r.revalidationRows());
        }
        CopyWriter.copy(entityManager, "state_result", STATE_COLUMNS, stateRows);
        CopyWriter.copy(entityManager, "credential_result", CREDENTIAL_COLUMNS, credentialRows);
        CopyWriter.copy(entityManager, "cluster_result", CLUSTER_COLUMNS, clusterRows);
        CopyWriter.copy(entityManager, "revalidation_result", REVALIDATION_COLUMNS, revalidationRows);
    }

    public record ScoreRow(String state, BigDecimal score, Integer rank) {
    }

    public List<ScoreRow> scores(int schoolYear) {
        return rows("select state, alignment_score, rank from state_result where school_year = ?1", schoolYear)
                .stream().map(r -> new ScoreRow((String) r[0], (BigDecimal) r[1],
                        r[2] == null ? null : ((Number) r[2]).intValue())).toList();
    }

    public void updateRank(String state, int schoolYear, Integer rank) {
        entityManager.createNativeQuery("update state_result set rank = ?3 where state = ?1 and school_year = ?2")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, rank).executeUpdate();
    }

    public record Contribution(String state, long earned, long earnedInDemand, long postings, int inDemandSecondary,
            int inDemandNotEarned, Integer cteConcentrators, Integer highSchoolEnrollment) {
    }

    public List<Contribution> contributions(int schoolYear) {
        return rows("""
                select state, earned, earned_in_demand, postings, in_demand_secondary, in_demand_not_earned,
                    cte_concentrators, high_school_enrollment
                from state_result where school_year = ?1 and status = 'SCORED'""", schoolYear).stream()
                .map(r -> new Contribution((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                        r[6] == null ? null : ((Number) r[6]).intValue(),
                        r[7] == null ? null : ((Number) r[7]).intValue())).toList();
    }

    public record CredentialSum(String credentialId, String name, String type, long earned, long demanded,
            int statesInDemand) {
    }

    public List<CredentialSum> credentialSums(int schoolYear) {
        return rows("""
                select cr.credential_id, c.name, c.type, sum(cr.earned), sum(cr.demanded),
                    count(*) filter (where cr.in_demand)
                from credential_result cr
                join state_result sr on sr.state = cr.state and sr.school_year = cr.school_year
                left join credential c on c.id = cr.credential_id
                where cr.school_year = ?1 and sr.status = 'SCORED' and cr.counted
                group by cr.credential_id, c.name, c.type""", schoolYear).stream()
                .map(r -> new CredentialSum((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(), ((Number) r[5]).intValue())).toList();
    }

    public void replaceNation(int schoolYear, String summary, OffsetDateTime computedAt, List<List<?>> credentialRows) {
        entityManager.createNativeQuery("""
                insert into nation_result (school_year, summary, computed_at) values (?1, ?2, ?3)
                on conflict (school_year) do update set summary = excluded.summary, computed_at = excluded.computed_at""")
                .setParameter(1, schoolYear).setParameter(2, summary).setParameter(3, computedAt).executeUpdate();
        entityManager.createNativeQuery("delete from nation_credential_result where school_year = ?1")
                .setParameter(1, schoolYear).executeUpdate();
        CopyWriter.copy(entityManager, "nation_credential_result",
                List.of("school_year", "credential_id", "sort_order", "category", "item"), credentialRows);
    }

    public record Publishable(String state, String contentHash, Integer rank, boolean attainmentComplete,
            String summary, String publishedHash) {
    }

    public List<Publishable> publishables(int schoolYear) {
        return rows("""
                select sr.state, sr.content_hash, sr.rank, sr.attainment_complete, sr.summary, p.content_hash
                from state_result sr left join published_score p
                    on p.state = sr.state and p.school_year = sr.school_year
                where sr.school_year = ?1""", schoolYear).stream()
                .map(r -> new Publishable((String) r[0], (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                        (Boolean) r[3], (String) r[4], (String) r[5])).toList();
    }

    public long recordPublished(String state, int schoolYear, String contentHash) {
        long version = ((Number) entityManager.createNativeQuery("select nextval('score_version_seq')")
                .getSingleResult()).longValue();
        entityManager.createNativeQuery("""
                insert into published_score (state, school_year, content_hash, version) values (?1, ?2, ?3, ?4)
                on conflict (state, school_year) do update set content_hash = excluded.content_hash,
                    version = excluded.version""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, contentHash)
                .setParameter(4, version).executeUpdate();
        return version;
    }

    /** Bumps the results generation (in the scoring pass's transaction); returns the new value. */
    public long bumpGeneration() {
        return ((Number) entityManager.createNativeQuery(
                "update results_generation set generation = generation + 1 where id = 1 returning generation")
                .getSingleResult()).longValue();
    }

    /** Whether any stored result was computed with other parameters than the given ones. */
    public boolean anyResultWithOtherParameters(String parametersHash) {
        return count("select count(*) from state_result where parameters_hash <> ?1", parametersHash) > 0;
    }

    // ---- read side ----------------------------------------------------------------------------------------------

    public Optional<Integer> latestYearWithData() {
        Object year = entityManager.createNativeQuery(
                "select max(school_year) from credential_attainment where not removed").getSingleResult();
        return Optional.ofNullable(year).map(y -> ((Number) y).intValue());
    }

    public record StateRow(String state, int schoolYear, String status, String noDataReason, String category,
            BigDecimal score, String mapCategory, Integer rank, BigDecimal pctEarnedInDemand,
            BigDecimal pctInDemandNotEarned, int dataCollectionScore, long earned, String parametersHash) {
    }

    private static final String STATE_ROW = """
            select state, school_year, status, no_data_reason, alignment_category, alignment_score, map_category,
                rank, pct_earned_in_demand, pct_in_demand_not_earned, data_collection_score, earned, parameters_hash
            from state_result""";

    private static StateRow stateRow(Object[] r) {
        return new StateRow((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                (BigDecimal) r[5], (String) r[6], r[7] == null ? null : ((Number) r[7]).intValue(),
                (BigDecimal) r[8], (BigDecimal) r[9], ((Number) r[10]).intValue(), ((Number) r[11]).longValue(),
                (String) r[12]);
    }

    public List<StateRow> statesOfYear(int schoolYear) {
        return rows(STATE_ROW + " where school_year = ?1", schoolYear).stream().map(ResultsRepository::stateRow)
                .toList();
    }

    public List<StateRow> trend(String state) {
        return rows(STATE_ROW + " where state = ?1 order by school_year", state).stream()
                .map(ResultsRepository::stateRow).toList();
    }

    public Optional<String> stateSummary(String state, int schoolYear) {
        return strings("select summary from state_result where state = ?1 and school_year = ?2", state, schoolYear)
                .stream().findFirst();
    }

    public Optional<Integer> rank(String state, int schoolYear) {
        return rows("select state, rank from state_result where state = ?1 and school_year = ?2", state, schoolYear)
                .stream().findFirst().map(r -> r[1] == null ? null : ((Number) r[1]).intValue());
    }

    public long rankedCount(int schoolYear) {
        return count("select count(*) from state_result where school_year = ?1 and rank is not null", schoolYear);
    }

    public Optional<String> nationSummary(int schoolYear) {
        return strings("select summary from nation_result where school_year = ?1", schoolYear).stream().findFirst();
    }

    /** A filtered page of a results table's ready JSON items, and the filtered total. */
    public record ItemPage(List<String> items, long total) {
    }

    public ItemPage credentialItems(String state, int schoolYear, String categoryOrNull, Boolean deadEndOnly,
            int offset, int limit) {
        String category = categoryOrNull == null ? "" : categoryOrNull;
        String where = " where state = ?1 and school_year = ?2 and (?3 = '' or category = ?3)"
                + (Boolean.TRUE.equals(deadEndOnly) ? " and dead_end" : "");
        List<String> items = strings("select item from credential_result" + where
                + " order by sort_order offset ?4 limit ?5", state, schoolYear, category, offset, limit);
        return new ItemPage(items, count("select count(*) from credential_result" + where, state, schoolYear,
                category));
    }

    public ItemPage credentialAcrossStates(String credentialId, int schoolYear, String categoryOrNull, int offset,
            int limit) {
        String category = categoryOrNull == null ? "" : categoryOrNull;
        String where = " where credential_id = ?1 and school_year = ?2 and (?3 = '' or category = ?3)";
        return new ItemPage(strings("select item from credential_result" + where + " order by state offset ?4 limit ?5",
                credentialId, schoolYear, category, offset, limit),
                count("select count(*) from credential_result" + where, credentialId, schoolYear, category));
    }

    public ItemPage clusterItems(String state, int schoolYear, int offset, int limit) {
        return new ItemPage(strings("select item from cluster_result where state = ?1 and school_year = ?2 "
                + "order by cluster offset ?3 limit ?4", state, schoolYear, offset, limit),
                count("select count(*) from cluster_result where state = ?1 and school_year = ?2", state, schoolYear));
    }

    public ItemPage revalidationItems(String state, int schoolYear, String actionOrNull, int offset, int limit) {
        String action = actionOrNull == null ? "" : actionOrNull;
        String where = " where state = ?1 and school_year = ?2 and (?3 = '' or action = ?3)";
        return new ItemPage(strings("select item from revalidation_result" + where
                + " order by sort_order offset ?4 limit ?5", state, schoolYear, action, offset, limit),
                count("select count(*) from revalidation_result" + where, state, schoolYear, action));
    }

    public ItemPage nationCredentialItems(int schoolYear, String categoryOrNull, int offset, int limit) {
        String category = categoryOrNull == null ? "" : categoryOrNull;
        String where = " where school_year = ?1 and (?2 = '' or category = ?2)";
        return new ItemPage(strings("select item from nation_credential_result" + where
                + " order by sort_order offset ?3 limit ?4", schoolYear, category, offset, limit),
                count("select count(*) from nation_credential_result" + where, schoolYear, category));
    }

    public boolean credentialKnown(String credentialId) {
        return count("select (select count(*) from credential where id = ?1)"
                + " + (select count(*) from credential_result where credential_id = ?1)", credentialId) > 0;
    }

    /** Empties the read model and every result (not the outbox, published_score or the version sequence). */
    public long truncateReadModelAndResults() {
        long rows = count("""
                select (select count(*) from credential) + (select count(*) from credential_attainment)
                     + (select count(*) from credential_demand) + (select count(*) from state_result)""");
        entityManager.createNativeQuery("""
                truncate credential, credential_attainment, attainment_snapshot, state_approvals, state_approval_entry,
                    state_profile, credential_demand, occupation, state_wages, state_wage_year, dirty_state_year,
                    state_result, credential_result, cluster_result, revalidation_result, nation_result,
                    nation_credential_result""").executeUpdate();
        bumpGeneration();
        return rows;
    }
}
