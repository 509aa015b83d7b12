package org.credalign.alignment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credalign.alignment.domain.LevelTotals;

/**
 * Writes and reads the alignment read model. Every write is an upsert guarded by the version, so a replayed,
 * duplicated or late message changes nothing; each returns whether it changed the model. Lists travel as one
 * comma-joined text turned into a PostgreSQL array (ids, codes and states never contain a comma).
 */
@ApplicationScoped
public class ReadModelRepository {

    private final EntityManager entityManager;

    public ReadModelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private static String joined(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    public boolean upsertCredential(String id, String name, String issuer, String type, String status,
            List<String> clusters, List<String> occupations, boolean secondaryAppropriate,
            List<String> requiredInStates, long version) {
        return entityManager.createNativeQuery("""
                insert into credential (id, name, issuer, type, status, version, clusters, occupations,
                    secondary_appropriate, required_in_states)
                values (?1, ?2, ?3, ?4, ?5, ?6, string_to_array(?7, ','), string_to_array(?8, ','), ?9,
                    string_to_array(?10, ','))
                on conflict (id) do update set name = excluded.name, issuer = excluded.issuer, type = excluded.type,
                    status = excluded.status, version = excluded.version, clusters = excluded.clusters,
                    occupations = excluded.occupations, secondary_appropriate = excluded.secondary_appropriate,
                    required_in_states = excluded.required_in_states
                where credential.version < excluded.version""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, issuer).setParameter(4, type)
                .setParameter(5, status).setParameter(6, version).setParameter(7, joined(clusters))
                .setParameter(8, joined(occupations)).setParameter(9, secondaryAppropriate)
                .setParameter(10, joined(requiredInStates)).executeUpdate() > 0;
    }

    public boolean upsertAttainment(String state, int schoolYear, String credentialId, LevelTotals totals,
            boolean removed, String submissionId, long version) {
        return entityManager.createNativeQuery("""
                insert into credential_attainment
                    (state, school_year, credential_id, earned_secondary, earned_postsecondary, removed, version,
                     submission_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (state, school_year, credential_id) do update set
                    earned_secondary = excluded.earned_secondary, earned_postsecondary = excluded.earned_postsecondary,
                    removed = excluded.removed, version = excluded.version, submission_id = excluded.submission_id
                where credential_attainment.version < excluded.version""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, credentialId)
                .setParameter(4, totals.secondary()).setParameter(5, totals.postsecondary())
                .setParameter(6, removed).setParameter(7, version).setParameter(8, submissionId)
                .executeUpdate() > 0;
    }

    public boolean upsertSnapshotMarker(String state, int schoolYear, String submissionId, int keyCount,
            long version) {
        return entityManager.createNativeQuery("""
                insert into attainment_snapshot (state, school_year, submission_id, key_count, version)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (state, school_year) do update set submission_id = excluded.submission_id,
                    key_count = excluded.key_count, version = excluded.version
                where attainment_snapshot.version < excluded.version""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, submissionId)
                .setParameter(4, keyCount).setParameter(5, version).executeUpdate() > 0;
    }

    public record ApprovalRow(String credentialId, String status, LocalDate approvedOn, LocalDate reviewDue,
            BigDecimal incentiveAmount) {
    }

    /** Replaces a state's whole approved list when the version is newer. */
    public boolean replaceApprovals(String state, List<ApprovalRow> entries, long version) {
        boolean newer = entityManager.createNativeQuery("""
                insert into state_approvals (state, version) values (?1, ?2)
                on conflict (state) do update set version = excluded.version
                where state_approvals.version < excluded.version""")
                .setParameter(1, state).setParameter(2, version).executeUpdate() > 0;
        if (!newer) {
            return false;
        }
        entityManager.createNativeQuery("delete from state_approval_entry where state = ?1")
                .setParameter(1, state).executeUpdate();
        for (ApprovalRow e : entries) {
            entityManager.createNativeQuery("""
                    insert into state_approval_entry
                        (state, credential_id, status, approved_on, review_due, incentive_amount)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (state, credential_id) do update set status = excluded.status,
                        approved_on = excluded.approved_on, review_due = excluded.review_due,
                        incentive_amount = excluded.incentive_amount""")
                    .setParameter(1, state).setParameter(2, e.credentialId()).setParameter(3, e.status())
                    .setParameter(4, e.approvedOn()).setParameter(5, e.reviewDue())
                    .setParameter(6, e.incentiveAmount()).executeUpdate();
        }
        return true;
    }

    public record ProfileRow(boolean collectsSecondary, boolean collectsPostsecondary, int vendorAgreements,
            boolean credentialsInEssaPlan, boolean incentivePolicy, boolean maintainsApprovedList,
            Integer yearsOfDataAvailable, Integer highSchoolEnrollment, Integer cteConcentrators) {
    }

    public boolean upsertProfile(String state, int schoolYear, ProfileRow p, long version) {
        return entityManager.createNativeQuery("""
                insert into state_profile (state, school_year, collects_secondary, collects_postsecondary,
                    vendor_agreements, credentials_in_essa_plan, incentive_policy, maintains_approved_list,
                    years_of_data_available, high_school_enrollment, cte_concentrators, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (state, school_year) do update set collects_secondary = excluded.collects_secondary,
                    collects_postsecondary = excluded.collects_postsecondary,
                    vendor_agreements = excluded.vendor_agreements,
                    credentials_in_essa_plan = excluded.credentials_in_essa_plan,
                    incentive_policy = excluded.incentive_policy,
                    maintains_approved_list = excluded.maintains_approved_list,
                    years_of_data_available = excluded.years_of_data_available,
                    high_school_enrollment = excluded.high_school_enrollment,
                    cte_concentrators = excluded.cte_concentrators, version = excluded.version
                where state_profile.version < excluded.version""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, p.collectsSecondary())
                .setParameter(4, p.collectsPostsecondary()).setParameter(5, p.vendorAgreements())
                .setParameter(6, p.credentialsInEssaPlan()).setParameter(7, p.incentivePolicy())
                .setParameter(8, p.maintainsApprovedList()).setParameter(9, p.yearsOfDataAvailable())
                .setParameter(10, p.highSchoolEnrollment()).setParameter(11, p.cteConcentrators())
                .setParameter(12, version).executeUpdate() > 0;
    }

    public boolean upsertDemand(String state, int year, String credentialId, long postings, String basis,
            boolean removed, String importId, long version) {
        return entityManager.createNativeQuery("""
                insert into credential_demand (state, year, credential_id, postings, basis, removed, import_id, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (state, year, credential_id) do update set postings = excluded.postings,
                    basis = excluded.basis, removed = excluded.removed, import_id = excluded.import_id,
                    version = excluded.version
                where credential_demand.version < excluded.version""")
                .setParameter(1, state).setParameter(2, year).setParameter(3, credentialId).setParameter(4, postings)
                .setParameter(5, basis).setParameter(6, removed).setParameter(7, importId).setParameter(8, version)
                .executeUpdate() > 0;
    }

    public boolean upsertOccupation(String soc, String title, BigDecimal medianAnnualWage, Integer employment,
            BigDecimal projectedGrowthPct, List<String> clusters, boolean removed, long version) {
        return entityManager.createNativeQuery("""
                insert into occupation (soc, title, median_annual_wage, employment, projected_growth_pct, clusters,
                    removed, version)
                values (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), ?7, ?8)
                on conflict (soc) do update set title = excluded.title,
                    median_annual_wage = excluded.median_annual_wage, employment = excluded.employment,
                    projected_growth_pct = excluded.projected_growth_pct, clusters = excluded.clusters,
                    removed = excluded.removed, version = excluded.version
                where occupation.version < excluded.version""")
                .setParameter(1, soc).setParameter(2, title).setParameter(3, medianAnnualWage)
                .setParameter(4, employment).setParameter(5, projectedGrowthPct).setParameter(6, joined(clusters))
                .setParameter(7, removed).setParameter(8, version).executeUpdate() > 0;
    }

    public record WageRow(int year, BigDecimal medianAnnualWage) {
    }

    public boolean replaceStateWages(String state, List<WageRow> wages, long version) {
        boolean newer = entityManager.createNativeQuery("""
                insert into state_wages (state, version) values (?1, ?2)
                on conflict (state) do update set version = excluded.version
                where state_wages.version < excluded.version""")
                .setParameter(1, state).setParameter(2, version).executeUpdate() > 0;
        if (!newer) {
            return false;
        }
        entityManager.createNativeQuery("delete from state_wage_year where state = ?1").setParameter(1, state)
                .executeUpdate();
        for (WageRow w : wages) {
            entityManager.createNativeQuery("""
                    insert into state_wage_year (state, year, median_annual_wage) values (?1, ?2, ?3)
                    on conflict (state, year) do update set median_annual_wage = excluded.median_annual_wage""")
                    .setParameter(1, state).setParameter(2, w.year()).setParameter(3, w.medianAnnualWage())
                    .executeUpdate();
        }
        return true;
    }

    // ---- the rescoring queue -----------------------------------------------------------------------------------

    public void markDirty(String state, int schoolYear) {
        entityManager.createNativeQuery("""
                insert into dirty_state_year (state, school_year) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, state).setParameter(2, schoolYear).executeUpdate();
    }

    private static final String KNOWN_STATE_YEARS = """
            select state, school_year from credential_attainment
            union select state, year from credential_demand
            union select state, school_year from state_profile
            union select state, school_year from state_result""";

    /** Every state-year of one state that has any data: its approved list or wages changed. */
    public void markStateDirty(String state) {
        entityManager.createNativeQuery("insert into dirty_state_year (state, school_year) select * from ("
                + KNOWN_STATE_YEARS + ") k where k.state = ?1 on conflict do nothing")
                .setParameter(1, state).executeUpdate();
    }

    /** Every state-year that earned or demanded the credential: its catalog entry changed. */
    public void markCredentialDirty(String credentialId) {
        entityManager.createNativeQuery("""
                insert into dirty_state_year (state, school_year)
                select state, school_year from credential_attainment where credential_id = ?1
                union select state, year from credential_demand where credential_id = ?1
                on conflict do nothing""").setParameter(1, credentialId).executeUpdate();
    }

    /** Every known state-year (an occupation's wage or clusters changed, or a full rescore was asked for). */
    public int markAllDirty() {
        return entityManager.createNativeQuery("insert into dirty_state_year (state, school_year) select * from ("
                + KNOWN_STATE_YEARS + ") k on conflict do nothing").executeUpdate();
    }

    /** The latest school year with data for a state, if any. */
    public Optional<Integer> latestYear(String state) {
        Object year = entityManager.createNativeQuery(
                "select max(school_year) from credential_attainment where state = ?1 and not removed")
                .setParameter(1, state).getSingleResult();
        return Optional.ofNullable(year).map(y -> ((Number) y).intValue());
    }
}
