package org.credalign.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.credalign.catalog.domain.CareerCluster;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialRules;
import org.credalign.catalog.domain.CredentialStatus;
import org.credalign.catalog.domain.CredentialType;
import org.credalign.catalog.messaging.CredentialChanged;
import org.credalign.catalog.persistence.CareerClusterRepository;
import org.credalign.catalog.persistence.CredentialRepository;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.ProblemException;

/** Catalog writes: validates, stores, and appends the full-state event to the outbox in the same transaction. */
@ApplicationScoped
public class CredentialService {

    private final CredentialRepository credentials;
    private final CareerClusterRepository clusters;
    private final OutboxAppender outbox;

    public CredentialService(CredentialRepository credentials, CareerClusterRepository clusters,
            OutboxAppender outbox) {
        this.credentials = credentials;
        this.clusters = clusters;
        this.outbox = outbox;
    }

    @Transactional
    public Credential create(CredentialRules.Draft draft, boolean secondaryAppropriate, String changedBy) {
        var errors = CredentialRules.check(draft, clusters.codesOf(CareerCluster.CURRENT_FRAMEWORK));
        if (!errors.isEmpty()) {
            throw ProblemException.validation("Credential has invalid fields",
                    errors.size() + " field(s) break the catalog rules; nothing was stored", errors);
        }
        if (credentials.findById(draft.id()) != null) {
            throw ProblemException.conflict("credential '" + draft.id() + "' already exists; use PUT to change it");
        }
        Credential credential = new Credential();
        credential.id = draft.id();
        credential.name = draft.name().strip();
        credential.issuer = draft.issuer().strip();
        credential.type = CredentialType.valueOf(draft.type());
        credential.clusterFramework = CareerCluster.CURRENT_FRAMEWORK;
        credential.clusters = new ArrayList<>(draft.clusters());
        credential.occupations = draft.occupations() == null ? new ArrayList<>() : new ArrayList<>(draft.occupations());
        credential.secondaryAppropriate = secondaryAppropriate;
        credential.requiredInStates = draft.requiredInStates() == null ? new ArrayList<>()
                : new ArrayList<>(draft.requiredInStates());
        credential.status = CredentialStatus.ACTIVE;
        credential.version = 1;
        credential.changedBy = changedBy;
        credential.changedAt = Instant.now();
        credentials.persist(credential);
        outbox.append(CredentialChanged.TOPIC, credential.id, CredentialChanged.TYPE, credential.version, changedBy,
                CredentialChanged.of(credential));
        return credential;
    }

    @Transactional
    public Credential get(String id) {
        Credential credential = credentials.findById(id);
        if (credential == null) {
            throw ProblemException.notFound("no credential with id '" + id + "'");
        }
        return credential;
    }

    @Transactional
    public PageResponse<Credential> list(PageRequest page) {
        List<Credential> items = credentials.page(page.page(), page.size());
        return PageResponse.of(items, page, credentials.count());
    }

    @Transactional
    public List<CareerCluster> careerClusters() {
        return clusters.ofFramework(CareerCluster.CURRENT_FRAMEWORK);
    }
}
