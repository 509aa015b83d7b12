package org.credalign.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.credalign.catalog.domain.CareerCluster;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialContent;
import org.credalign.catalog.domain.CredentialImport;
import org.credalign.catalog.domain.CredentialRules;
import org.credalign.catalog.domain.CredentialStatus;
import org.credalign.catalog.domain.ExternalCode;
import org.credalign.catalog.domain.ImportRules;
import org.credalign.catalog.messaging.CredentialChanged;
import org.credalign.catalog.persistence.CareerClusterRepository;
import org.credalign.catalog.persistence.CredentialImportRepository;
import org.credalign.catalog.persistence.CredentialRepository;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;

/**
 * Bulk import: the whole file is validated first (every error by row and field), then applied in one transaction
 * or not at all. The same content twice is one import: the second request gets the first one's report.
 */
@ApplicationScoped
public class CredentialImportService {

    /** Errors returned inline; the count in the detail says how many there were in all. */
    static final int MAX_ERRORS_INLINE = 1000;

    private final CredentialRepository credentials;
    private final CareerClusterRepository clusters;
    private final CredentialImportRepository imports;
    private final OutboxAppender outbox;
    private final ObjectMapper objectMapper;
    private final EntityManager entityManager;

    public CredentialImportService(CredentialRepository credentials, CareerClusterRepository clusters,
            CredentialImportRepository imports, OutboxAppender outbox, ObjectMapper objectMapper,
            EntityManager entityManager) {
        this.credentials = credentials;
        this.clusters = clusters;
        this.imports = imports;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.entityManager = entityManager;
    }

    /** An import's report, and whether it was applied just now or earlier (the same content again). */
    public record Outcome(CredentialImport report, boolean appliedNow) {
    }

    /**
     * @param rows        the rows the parser could read
     * @param parseErrors rows or fields the parser could not read (reported together with the rule violations)
     * @param rowsReceived every row of the file, readable or not
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "catalog.import.transaction-timeout")
    public Outcome importCredentials(List<ImportRules.Row> rows, List<FieldError> parseErrors, int rowsReceived,
            String importedBy) {
        if (rowsReceived == 0) {
            throw ProblemException.validation("Import is empty", "the import holds no credential",
                    List.of(FieldError.field("body", "must hold at least one credential")));
        }
        Set<ExternalCode> codes = rows.stream()
                .flatMap(r -> r.draft().externalCodes() == null ? java.util.stream.Stream.empty()
                        : r.draft().externalCodes().stream())
                .filter(c -> c != null && c.system() != null && c.code() != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<FieldError> errors = new ArrayList<>(parseErrors);
        errors.addAll(ImportRules.check(rows, clusters.codesOf(CareerCluster.CURRENT_FRAMEWORK),
                codes.isEmpty() ? Map.of() : credentials.ownersOf(codes)));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::row, Comparator.nullsFirst(Comparator.naturalOrder())));
            throw ProblemException.validation("Import has invalid rows", errors.size() + " error(s) in "
                    + rowsReceived + " row(s); nothing was applied"
                    + (errors.size() > MAX_ERRORS_INLINE ? " (the first " + MAX_ERRORS_INLINE + " are listed)" : ""),
                    errors.subList(0, Math.min(errors.size(), MAX_ERRORS_INLINE)));
        }

        List<CredentialRules.Draft> drafts = rows.stream().map(ImportRules.Row::draft).toList();
        String hash = contentHash(drafts);
        imports.lockContent(hash);
        CredentialImport earlier = imports.findByContentHash(hash);
        if (earlier != null) {
            return new Outcome(earlier, false);
        }
        CredentialImport report = apply(drafts, importedBy, Instant.now());
        report.contentHash = hash;
        report.rowsReceived = rowsReceived;
        imports.persist(report);
        return new Outcome(report, true);
    }

    @Transactional
    public CredentialImport get(UUID id) {
        CredentialImport report = imports.findById(id);
        if (report == null) {
            throw ProblemException.notFound("no credential import with id '" + id + "'");
        }
        return report;
    }

    private CredentialImport apply(List<CredentialRules.Draft> drafts, String changedBy, Instant now) {
        Map<String, Credential> existing = lockExisting(drafts.stream().map(CredentialRules.Draft::id).toList());
        List<Credential> changed = new ArrayList<>();
        List<CredentialContent> contents = drafts.stream().map(d -> CredentialRules.toContent(d,
                existing.containsKey(d.id()) ? existing.get(d.id()).status : CredentialStatus.ACTIVE)).toList();
        // First let every changed credential give up its codes, so a code moving between two credentials of the
        // file never exists twice, whatever order Hibernate writes the collections in.
        boolean codesReleased = false;
        for (CredentialContent content : contents) {
            Credential current = existing.get(content.id());
            if (current != null && !current.sameContentAs(content) && !current.externalCodes.isEmpty()) {
                current.externalCodes.clear();
                codesReleased = true;
            }
        }
        if (codesReleased) {
            entityManager.flush();
        }
        // Every outbox append is a native statement, before which Hibernate would otherwise flush (dirty-check)
        // the whole session: thousands of credentials times thousands of appends. Everything is written at commit.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        CredentialImport report = new CredentialImport();
        for (CredentialContent content : contents) {
            Credential current = existing.get(content.id());
            if (current == null) {
                Credential created = Credential.create(content, changedBy, now);
                credentials.persist(created);
                changed.add(created);
                report.created++;
            } else if (current.replaceWith(content, changedBy, now)) {
                changed.add(current);
                report.updated++;
            } else {
                report.unchanged++;
            }
        }
        for (Credential credential : changed) {
            outbox.append(CredentialChanged.TOPIC, credential.id, CredentialChanged.TYPE, credential.version,
                    changedBy, CredentialChanged.of(credential));
        }
        report.id = UUID.randomUUID();
        report.importedBy = changedBy;
        report.importedAt = now;
        return report;
    }

    private Map<String, Credential> lockExisting(List<String> ids) {
        Map<String, Credential> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            entityManager.createQuery("select c from Credential c where c.id in :ids", Credential.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(c -> found.put(c.id, c));
        }
        return found;
    }

    /**
     * SHA-256 of the normalized credentials sorted by id: the same credentials sent again (as JSON or CSV, in any
     * order, with other spacing) are the same content.
     */
    private String contentHash(List<CredentialRules.Draft> drafts) {
        List<CredentialContent> canonical = drafts.stream()
                .map(d -> CredentialRules.toContent(d, null))
                .sorted(Comparator.comparing(CredentialContent::id))
                .toList();
        try {
            byte[] json = objectMapper.writeValueAsBytes(canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the import", e);
        }
    }
}
