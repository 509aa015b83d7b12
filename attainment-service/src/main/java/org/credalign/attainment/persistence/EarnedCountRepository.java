package org.credalign.attainment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.credalign.attainment.domain.EarnedCount;

@ApplicationScoped
public class EarnedCountRepository implements PanacheRepositoryBase<EarnedCount, EarnedCount.Key> {

    public List<EarnedCount> ofSubmission(UUID submissionId) {
        return list("key.submissionId", submissionId);
    }
}
