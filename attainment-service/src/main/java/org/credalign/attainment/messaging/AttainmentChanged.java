package org.credalign.attainment.messaging;

import java.util.List;
import java.util.UUID;

/**
 * Event on {@code attainment.earned.v1} (internal: unsuppressed counts), key {@code STATE:YEAR:credentialId}: the
 * full set of counts of one credential in one state-year after a submission. A credential dropped by a replacing
 * submission gets {@code removed: true} with no counts.
 */
public record AttainmentChanged(String state, String schoolYear, String credentialId, List<Count> counts,
        boolean removed, UUID submissionId, long version, String changedBy) {

    public static final String TOPIC = "attainment.earned.v1";
    public static final String TYPE = "org.credalign.attainment.AttainmentChanged.v1";

    public record Count(String level, String subgroup, int earned) {
    }

    public String key() {
        return state + ":" + schoolYear + ":" + credentialId;
    }
}
