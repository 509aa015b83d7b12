package org.credalign.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.credalign.catalog.domain.CareerCluster;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialQuery;
import org.credalign.catalog.domain.CredentialRules;
import org.credalign.catalog.domain.CredentialStatus;
import org.credalign.catalog.messaging.CredentialChanged;
import org.credalign.catalog.persistence.CareerClusterRepository;
import org.credalign.catalog.persistence.CredentialRepository;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.FieldError;
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
    public Credential create(CredentialRules.Draft draft, String changedBy) {
        validate(draft);
        if (credentials.findById(draft.id()) != null) {
            throw ProblemException.conflict("credential '" + draft.id() + "' already exists; use PUT to change it");
        }
        Credential credential = Credential.create(CredentialRules.toContent(draft, CredentialStatus.ACTIVE),
                changedBy, Instant.now());
        credentials.persist(credential);
        flushOrConflict(credential.id);
        publish(credential);
        return credential;
    }

    /**
     * Replaces a credential's content when {@code expected} still matches (optimistic locking through If-Match).
     * The same content again changes nothing: no new version, no event. A status not given keeps the current one.
     */
    @Transactional
    public Credential replace(String id, CredentialRules.Draft draft, Precondition expected, String changedBy) {
        Credential credential = credentials.findForUpdate(id);
        if (credential == null) {
            throw ProblemException.notFound("no credential with id '" + id + "'; create it with POST");
        }
        expected.check(id, credential.version);
        if (draft.id() != null && !draft.id().equals(id)) {
            throw ProblemException.validation("Credential has invalid fields", "the body names another credential",
                    List.of(FieldError.field("id", "must be '" + id + "' (the id in the path) or absent, got '"
                            + draft.id() + "'")));
        }
        CredentialRules.Draft withId = new CredentialRules.Draft(id, draft.name(), draft.issuer(), draft.type(),
                draft.clusters(), draft.occupations(), draft.secondaryAppropriate(), draft.requiredInStates(),
                draft.externalCodes(), draft.description(), draft.url(), draft.status());
        validate(withId);
        if (credential.replaceWith(CredentialRules.toContent(withId, credential.status), changedBy, Instant.now())) {
            flushOrConflict(id);
            publish(credential);
        }
        return credential;
    }

    /** Retires a credential (DELETE): it stays readable and resolvable; retiring twice changes nothing. */
    @Transactional
    public Credential retire(String id, Precondition expected, String changedBy) {
        Credential credential = credentials.findForUpdate(id);
        if (credential == null) {
            throw ProblemException.notFound("no credential with id '" + id + "'");
        }
        expected.check(id, credential.version);
        if (credential.retire(changedBy, Instant.now())) {
            publish(credential);
        }
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

    /** The crosswalk: the credential a system's code names (retired ones too). */
    @Transactional
    public Credential resolve(String system, String code) {
        List<FieldError> missing = new ArrayList<>();
        if (system == null || system.isBlank()) {
            missing.add(FieldError.field("system", "is required (e.g. CTID, NJ)"));
        }
        if (code == null || code.isBlank()) {
            missing.add(FieldError.field("code", "is required"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("resolve needs a code system and a code", missing);
        }
        Credential credential = credentials.findByExternalCode(system, code);
        if (credential == null) {
            throw ProblemException.notFound("no credential has code '" + code + "' in system '" + system + "'");
        }
        return credential;
    }

    @Transactional
    public PageResponse<Credential> search(CredentialQuery query, PageRequest page) {
        CredentialRepository.IdPage ids = credentials.searchIds(query, page.offset(), page.size());
        return PageResponse.of(credentials.loadInOrder(ids.ids()), page, ids.totalItems());
    }

    /** The whole filtered result, in search order (CSV export, the code list states use). */
    @Transactional
    public List<Credential> searchAll(CredentialQuery query) {
        return credentials.loadInOrder(credentials.allIds(query));
    }

    @Transactional
    public List<CareerCluster> careerClusters() {
        return clusters.ofFramework(CareerCluster.CURRENT_FRAMEWORK);
    }

    private void validate(CredentialRules.Draft draft) {
        List<FieldError> errors = new ArrayList<>(
                CredentialRules.check(draft, clusters.codesOf(CareerCluster.CURRENT_FRAMEWORK)));
        if (errors.isEmpty() && draft.externalCodes() != null && !draft.externalCodes().isEmpty()) {
            errors.addAll(CredentialRules.codeConflicts(draft.id(), draft.externalCodes(),
                    credentials.ownersOf(draft.externalCodes())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("Credential has invalid fields",
                    errors.size() + " field(s) break the catalog rules; nothing was stored", errors);
        }
    }

    /**
     * Writes now, so that losing a race (the same id or external code stored by a concurrent request after our
     * checks) is a 409 the client can retry, not a failed commit.
     */
    private void flushOrConflict(String id) {
        try {
            credentials.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            throw ProblemException.conflict("credential '" + id + "' or one of its external codes was just stored "
                    + "by another request; read it again and retry");
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private void publish(Credential credential) {
        outbox.append(CredentialChanged.TOPIC, credential.id, CredentialChanged.TYPE, credential.version,
                credential.changedBy, CredentialChanged.of(credential));
    }

}
