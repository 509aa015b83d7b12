package org.credalign.attainment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.credalign.attainment.domain.Submission;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    public Optional<Submission> currentAccepted(String state, int schoolYear) {
        return find("state = ?1 and schoolYear = ?2 and status = ?3", state, schoolYear, Submission.Status.ACCEPTED)
                .firstResultOptional();
    }

    /** The latest replaced submission before {@code sequence}: what a withdrawal of the current one restores. */
    public Optional<Submission> lastSupersededBefore(String state, int schoolYear, long sequence) {
        return find("state = ?1 and schoolYear = ?2 and status = ?3 and sequence < ?4",
                Sort.descending("sequence"), state, schoolYear, Submission.Status.SUPERSEDED, sequence)
                .firstResultOptional();
    }

    /** Serialises writers of one state-year (held until the transaction ends) so replacements never interleave. */
    public void lockStateYear(String state, int schoolYear) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "submission:" + state + ":" + schoolYear).getSingleResult();
    }

    /** A new value of the sequence that versions events: used when a withdrawal republishes older data. */
    public long nextEventVersion() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('submission_sequence_seq')")
                .getSingleResult()).longValue();
    }

    /** Gives the submission a new, highest sequence (it orders accepted data and versions its events). */
    public long resequence(UUID id) {
        long next = nextEventVersion();
        getEntityManager().createNativeQuery("update submission set sequence = ?1 where id = ?2")
                .setParameter(1, next).setParameter(2, id).executeUpdate();
        return next;
    }

    /** The instance processing these submissions is alive: refreshes their heartbeat (database clock). */
    public void heartbeat(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                update submission set heartbeat_at = now() where status = 'PROCESSING' and id = any(?1)""")
                .setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
    }

    /**
     * PROCESSING submissions whose heartbeat stopped more than {@code staleAfter} ago, locked for this transaction
     * (others sweeping at the same time skip them). Rows from before heartbeats existed count from submission.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockStaleProcessing(Duration staleAfter) {
        return getEntityManager().createNativeQuery("""
                select id from submission where status = 'PROCESSING'
                and coalesce(heartbeat_at, submitted_at) < now() - make_interval(secs => ?1)
                order by sequence for update skip locked""", UUID.class)
                .setParameter(1, staleAfter.toMillis() / 1000.0).getResultList();
    }

    public List<Submission> history(String state, Integer schoolYear, int page, int size) {
        return (schoolYear == null
                ? find("state", Sort.descending("sequence"), state)
                : find("state = ?1 and schoolYear = ?2", Sort.descending("sequence"), state, schoolYear))
                .page(Page.of(page, size)).list();
    }

    public long countHistory(String state, Integer schoolYear) {
        return schoolYear == null ? count("state", state) : count("state = ?1 and schoolYear = ?2", state, schoolYear);
    }

    /** Per state, its latest submission of the school year (any status except dry runs). */
    public List<Submission> latestPerState(int schoolYear) {
        return getEntityManager().createQuery("""
                select s from Submission s where s.schoolYear = ?1 and s.dryRun = false and s.sequence =
                  (select max(t.sequence) from Submission t where t.state = s.state and t.schoolYear = ?1
                   and t.dryRun = false)
                order by s.state""", Submission.class).setParameter(1, schoolYear).getResultList();
    }

    /** The latest school year in which the state has accepted data, if any. */
    public Optional<Integer> latestAcceptedYear(String state) {
        return find("state = ?1 and status = ?2", Sort.descending("schoolYear"), state, Submission.Status.ACCEPTED)
                .firstResultOptional().map(s -> s.schoolYear);
    }
}
