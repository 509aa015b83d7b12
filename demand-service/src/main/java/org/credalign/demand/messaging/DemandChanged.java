package org.credalign.demand.messaging;

import java.util.UUID;

/**
 * Event on {@code demand.credentials.v1}, key {@code STATE:YEAR:credentialId} (YEAR = calendar year): the derived
 * demand of one credential in one state-year. A key whose inputs a replacing import (or a catalog change) dropped
 * gets {@code removed: true} with 0 postings and its last basis. {@code importId} is the import that caused the
 * change, null when a catalog change caused it.
 */
public record DemandChanged(String state, int year, String credentialId, long postings, String basis,
        boolean removed, UUID importId, long version, String changedBy) {

    public static final String TOPIC = "demand.credentials.v1";
    public static final String TYPE = "org.credalign.demand.DemandChanged.v1";

    public String key() {
        return state + ":" + year + ":" + credentialId;
    }
}
