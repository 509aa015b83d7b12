package org.credalign.alignment.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Whether the read model holds the whole of a state-year's latest attainment snapshot. A submission arrives as one
 * AttainmentChanged per credential key followed by an AttainmentSnapshotCompleted marker carrying the key count;
 * until the marker has arrived and as many keys carry its submission, the state-year is mid-update.
 */
public final class SnapshotCompleteness {

    /** One attainment key of the state-year (removals included) with the submission and version that set it. */
    public record KeyVersion(String submissionId, long version) {
    }

    /** The snapshot-completed marker held for the state-year. */
    public record Marker(String submissionId, int keyCount, long version) {
    }

    private SnapshotCompleteness() {
    }

    /** True when there is no attainment at all, or the newest submission's marker arrived with all its keys. */
    public static boolean complete(List<KeyVersion> keys, Marker marker) {
        if (keys.isEmpty()) {
            return true;
        }
        KeyVersion newest = keys.stream().max(Comparator.comparingLong(KeyVersion::version)).orElseThrow();
        if (marker == null || !marker.submissionId().equals(newest.submissionId())) {
            return false;
        }
        long held = keys.stream().filter(k -> marker.submissionId().equals(k.submissionId())).count();
        return held == marker.keyCount();
    }
}
