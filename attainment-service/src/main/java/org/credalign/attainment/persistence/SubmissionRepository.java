package org.credalign.attainment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.credalign.attainment.domain.Submission;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    public Optional<Submission> currentAccepted(String state, int schoolYear) {
        return find("state = ?1 and schoolYear = ?2 and status = ?3", state, schoolYear, Submission.Status.ACCEPTED)
                .firstResultOptional();
    }

    /** Serialises writers of one state-year (held until the transaction ends) so replacements never interleave. */
    public void lockStateYear(String state, int schoolYear) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "submission:" + state + ":" + schoolYear).getSingleResult();
    }
}
