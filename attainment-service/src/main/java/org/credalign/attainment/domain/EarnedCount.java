package org.credalign.attainment.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** How many students of a subgroup earned a credential at a level, in one submission. */
@Entity
@Table(name = "earned_count")
public class EarnedCount {

    @EmbeddedId
    public Key key;
    public int earned;

    @Embeddable
    public record Key(@jakarta.persistence.Column(name = "submission_id") UUID submissionId,
            @jakarta.persistence.Column(name = "credential_id") String credentialId, String level, String subgroup)
            implements Serializable {
    }

    public static EarnedCount of(UUID submissionId, AggregateRow row) {
        EarnedCount count = new EarnedCount();
        count.key = new Key(submissionId, row.credentialId(), row.level().name(), row.subgroup());
        count.earned = row.earned();
        return count;
    }
}
