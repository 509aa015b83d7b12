package org.credalign.attainment.messaging;

import java.util.UUID;

/**
 * Marker on {@code attainment.earned.v1}, key {@code STATE:YEAR}: closes the snapshot of an accepted submission
 * (or of a withdrawal). {@code keyCount} is the number of AttainmentChanged events of the snapshot, removals
 * included, so a consumer can tell when it has seen all of them.
 */
public record AttainmentSnapshotCompleted(String state, String schoolYear, UUID submissionId, int keyCount,
        long version, String changedBy) {

    public static final String TYPE = "org.credalign.attainment.AttainmentSnapshotCompleted.v1";

    public String key() {
        return state + ":" + schoolYear;
    }
}
