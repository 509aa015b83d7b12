package org.credalign.catalog.messaging;

import java.time.Instant;
import java.util.List;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.ExternalCode;

/**
 * Event on {@code catalog.credentials.v1}, key = credential id: the credential's full state after a change
 * (event-carried state transfer); a retirement is a full-state event with status RETIRED.
 */
public record CredentialChanged(String id, String name, String issuer, String type, String clusterFramework,
        List<String> clusters, List<String> occupations, boolean secondaryAppropriate, List<String> requiredInStates,
        List<ExternalCode> externalCodes, String description, String url, String status, long version,
        String changedBy, Instant changedAt) {

    public static final String TOPIC = "catalog.credentials.v1";
    public static final String TYPE = "org.credalign.catalog.CredentialChanged.v1";

    public static CredentialChanged of(Credential c) {
        return new CredentialChanged(c.id, c.name, c.issuer, c.type.name(), c.clusterFramework,
                List.copyOf(c.clusters), List.copyOf(c.occupations), c.secondaryAppropriate,
                List.copyOf(c.requiredInStates), c.externalCodes.stream().sorted(ExternalCode.ORDER).toList(),
                c.description, c.url, c.status.name(), c.version, c.changedBy, c.changedAt);
    }
}
