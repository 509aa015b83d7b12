package org.credalign.catalog.api;

import java.util.List;
import org.credalign.catalog.domain.CareerCluster;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialRules;
import org.credalign.catalog.domain.ExternalCode;

/** Converts between the API model and the entity. */
public final class CredentialMapper {

    /** Columns of the CSV export, which the CSV import reads back (version, changedBy, changedAt are ignored). */
    public static final List<String> CSV_HEADER = List.of("id", "name", "issuer", "type", "clusters", "occupations",
            "secondaryAppropriate", "requiredInStates", "externalCodes", "description", "url", "status", "version",
            "changedBy", "changedAt");

    private CredentialMapper() {
    }

    public static CredentialRules.Draft toDraft(CredentialRequest request) {
        List<ExternalCode> codes = request.externalCodes() == null ? null : request.externalCodes().stream()
                .map(c -> c == null ? null : new ExternalCode(c.system(), c.code())).toList();
        return new CredentialRules.Draft(request.id(), request.name(), request.issuer(), request.type(),
                request.clusters(), request.occupations(), request.secondaryAppropriate(), request.requiredInStates(),
                codes, request.description(), request.url(), request.status());
    }

    public static CredentialResponse toResponse(Credential c) {
        return new CredentialResponse(c.id, c.name, c.issuer, c.type.name(), c.clusterFramework, c.clusters,
                c.occupations, c.secondaryAppropriate, c.requiredInStates,
                c.externalCodes.stream().sorted(ExternalCode.ORDER)
                        .map(x -> new ExternalCodeJson(x.system(), x.code())).toList(),
                c.description, c.url, c.status.name(), c.version, c.changedBy, c.changedAt);
    }

    /** One CSV line, in the order of {@link #CSV_HEADER}; codes as SYSTEM:code joined by '|'. */
    public static List<?> toCsvRow(Credential c) {
        return java.util.Arrays.asList(c.id, c.name, c.issuer, c.type.name(), c.clusters, c.occupations,
                c.secondaryAppropriate, c.requiredInStates,
                c.externalCodes.stream().sorted(ExternalCode.ORDER).map(ExternalCode::toString).toList(),
                c.description, c.url, c.status.name(), c.version, c.changedBy, c.changedAt);
    }

    public static CareerClusterResponse toResponse(CareerCluster cluster) {
        return new CareerClusterResponse(cluster.key.code(), cluster.name, cluster.key.framework());
    }
}
