package org.credalign.attainment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credalign.attainment.domain.AggregateRow;
import org.credalign.attainment.domain.CredentialLevel;
import org.credalign.attainment.domain.EarnedCount;
import org.credalign.attainment.domain.Level;
import org.credalign.attainment.domain.Subgroups;

@ApplicationScoped
public class EarnedCountRepository implements PanacheRepositoryBase<EarnedCount, EarnedCount.Key> {

    public List<EarnedCount> ofSubmission(UUID submissionId) {
        return list("key.submissionId", submissionId);
    }

    /** The counts of a submission as rows sorted by key (row numbers are not kept: 0). */
    public List<AggregateRow> rowsOf(UUID submissionId) {
        return ofSubmission(submissionId).stream()
                .map(c -> new AggregateRow(0, c.key.credentialId(), Level.valueOf(c.key.level()), c.key.subgroup(),
                        c.earned))
                .sorted(AggregateRow.BY_KEY).toList();
    }

    /** ALL counts per credential and level of the state's accepted submission of a year; null when none. */
    public Map<CredentialLevel, Integer> acceptedAllCounts(String state, int schoolYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select c.credential_id, c.level, c.earned from submission s
                left join earned_count c on c.submission_id = s.id and c.subgroup = ?3
                where s.state = ?1 and s.school_year = ?2 and s.status = 'ACCEPTED'""")
                .setParameter(1, state).setParameter(2, schoolYear).setParameter(3, Subgroups.ALL).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Map<CredentialLevel, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                counts.put(new CredentialLevel((String) row[0], Level.valueOf((String) row[1])),
                        ((Number) row[2]).intValue());
            }
        }
        return counts;
    }
}
