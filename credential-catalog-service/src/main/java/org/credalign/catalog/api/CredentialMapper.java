package org.credalign.catalog.api;

import org.credalign.catalog.domain.CareerCluster;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialRules;

/** Converts between the API model, and the entity. */
public final class CredentialMapper {

    private CredentialMapper() {
    }

    public static CredentialRules.Draft toDraft(CredentialRequest request) {
        return new CredentialRules.Draft(request.id(), request.name(), request.issuer(), request.type(),
                request.clusters(), request.occupations(), request.requiredInStates());
    }

    public static CredentialResponse toResponse(Credential c) {
        return new CredentialResponse(c.id, c.name, c.issuer, c.type.name(), c.clusters, c.occupations,
                c.secondaryAppropriate, c.requiredInStates, c.status.name(), c.version, c.changedBy, c.changedAt);
    }

    public static CareerClusterResponse toResponse(CareerCluster cluster) {
        return new CareerClusterResponse(cluster.key.code(), cluster.name, cluster.key.framework());
    }
}
