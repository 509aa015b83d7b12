package org.credalign.alignment.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credalign.alignment.domain.SnapshotCompleteness.KeyVersion;
import org.credalign.alignment.domain.SnapshotCompleteness.Marker;
import org.junit.jupiter.api.Test;

class SnapshotCompletenessTest {

    @Test
    void completeOnlyWhenTheNewestSubmissionsMarkerAndAllItsKeysArrived() {
        List<KeyVersion> keys = List.of(new KeyVersion("s1", 4), new KeyVersion("s2", 7), new KeyVersion("s2", 7));
        assertTrue(SnapshotCompleteness.complete(List.of(), null));
        assertFalse(SnapshotCompleteness.complete(keys, null));                     // marker not yet here
        assertFalse(SnapshotCompleteness.complete(keys, new Marker("s1", 1, 4)));   // marker of the older one
        assertFalse(SnapshotCompleteness.complete(keys, new Marker("s2", 3, 7)));   // a key still missing
        assertTrue(SnapshotCompleteness.complete(keys, new Marker("s2", 2, 7)));
    }
}
