package org.credalign.demand.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;
import org.credalign.demand.domain.ContentHash;
import org.credalign.demand.domain.CredentialDirectory;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.credalign.demand.domain.CredentialReplica;
import org.credalign.demand.domain.DemandImport;
import org.credalign.demand.domain.ImportKind;
import org.credalign.demand.domain.ImportRow;
import org.credalign.demand.domain.ImportValidator;
import org.credalign.demand.domain.RawRow;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.persistence.CredentialReplicaRepository;
import org.credalign.demand.persistence.ImportRepository;
import org.credalign.demand.persistence.PostingsRepository;
import org.credalign.demand.persistence.WriteLock;

/**
 * Accepts a vendor import atomically: validates every row, replaces each (kind, state, year) it contains (upserts
 * each SOC for occupations), recomputes the derived demand its change can affect and appends the events, all in one
 * transaction. The same content as a still-current import returns that import unchanged.
 */
@ApplicationScoped
public class ImportService {

    /** Errors returned inline; a file with more is still refused as a whole, and the detail says how many. */
    static final int MAX_INLINE_ERRORS = 1000;

    private final ImportRepository imports;
    private final CredentialReplicaRepository catalog;
    private final PostingsRepository postings;
    private final DemandDerivationService derivation;
    private final OccupationService occupations;
    private final StateWageService wages;
    private final WriteLock lock;
    private final ObjectMapper objectMapper;

    public ImportService(ImportRepository imports, CredentialReplicaRepository catalog, PostingsRepository postings,
            DemandDerivationService derivation, OccupationService occupations, StateWageService wages,
            WriteLock lock, ObjectMapper objectMapper) {
        this.imports = imports;
        this.catalog = catalog;
        this.postings = postings;
        this.derivation = derivation;
        this.occupations = occupations;
        this.wages = wages;
        this.lock = lock;
        this.objectMapper = objectMapper;
    }

    /** One state-year of an import in its report. */
    public record ScopeReport(String state, int year, int rows, int keysRemoved) {
    }

    /** An import with its report, whether it was created now or returned as the earlier identical one. */
    public record Outcome(DemandImport importRecord, List<ScopeReport> scopes, List<FieldError> warnings,
            boolean created) {
    }

    @Transactional
    public Outcome importRows(ImportKind kind, List<String> csvHeader, List<RawRow> rows, String importedBy) {
        lock.acquire();
        CredentialDirectory directory = kind == ImportKind.CREDENTIAL_POSTINGS ? directoryFor(rows)
                : new CredentialDirectory(Map.of(), Map.of());
        ImportValidator.Result result = ImportValidator.validate(kind, csvHeader, rows, directory,
                Year.now().getValue());
        if (result.hasErrors()) {
            List<FieldError> errors = result.errors();
            String shown = errors.size() > MAX_INLINE_ERRORS ? "; the first " + MAX_INLINE_ERRORS + " are listed" : "";
            throw ProblemException.validation("Import has invalid rows", errors.size() + " error(s) in "
                            + rows.size() + " rows" + shown + "; nothing was applied (mode=atomic)",
                    errors.subList(0, Math.min(errors.size(), MAX_INLINE_ERRORS)));
        }
        String hash = ContentHash.of(kind, result.accepted());
        var earlier = imports.currentWithContent(kind.slug(), hash);
        if (earlier.isPresent()) {
            return outcome(earlier.get(), false);
        }
        DemandImport record = new DemandImport();
        record.id = UUID.randomUUID();
        record.kind = kind.slug();
        record.contentHash = hash;
        record.rowsReceived = rows.size();
        record.rowsAccepted = result.accepted().size();
        record.importedBy = importedBy;
        record.importedAt = Instant.now();
        record.scopes = "[]";
        record.warnings = json(result.warnings());
        imports.persistAndFlush(record);

        Set<String> scopeKeys = new LinkedHashSet<>();
        result.accepted().forEach(row -> scopeKeys.add(row.scopeKey()));
        record.scopeCount = scopeKeys.size();
        List<ScopeReport> scopes = switch (kind) {
            case CREDENTIAL_POSTINGS -> applyCredentialPostings(record, result.accepted());
            case OCCUPATION_POSTINGS -> applyOccupationPostings(record, result.accepted());
            case OCCUPATIONS -> {
                record.changedRows = occupations.applyImport(result.accepted().stream()
                        .map(ImportRow.OccupationFigures.class::cast).toList(), importedBy);
                yield List.of();
            }
            case STATE_WAGES -> applyStateWages(record, result.accepted());
        };
        record.scopes = json(scopes);
        imports.hold(kind.slug(), scopeKeys, record.id);
        return new Outcome(record, scopes, result.warnings(), true);
    }

    @Transactional
    public Outcome get(UUID id) {
        DemandImport record = imports.findById(id);
        if (record == null) {
            throw ProblemException.notFound("no demand import " + id);
        }
        return outcome(record, false);
    }

    private List<ScopeReport> applyCredentialPostings(DemandImport record, List<ImportRow> rows) {
        Map<StateYear, Map<String, Long>> byScope = new TreeMap<>();
        for (ImportRow row : rows) {
            ImportRow.CredentialPostings p = (ImportRow.CredentialPostings) row;
            byScope.computeIfAbsent(new StateYear(p.state(), p.year()), s -> new HashMap<>())
                    .put(p.credentialId(), p.postings());
        }
        List<ScopeReport> reports = new ArrayList<>();
        Map<StateYear, Set<String>> affected = new HashMap<>();
        byScope.forEach((scope, delivered) -> {
            Map<String, Long> before = postings.credentialPostings(scope);
            Set<String> changed = changedKeys(before, delivered);
            postings.replaceCredentialPostings(scope, delivered, record.id);
            record.changedRows += changed.size();
            affected.put(scope, changed);
            reports.add(new ScopeReport(scope.state(), scope.year(), delivered.size(),
                    removedCount(before, delivered)));
        });
        record.demandChanges = derivation.recompute(affected, record.id, record.importedBy);
        return reports;
    }

    /**
     * Occupation postings feed the licenses: only licenses linked to a SOC whose postings changed are affected,
     * and every license when the state-year had no occupation postings before (licenses get their first value).
     */
    private List<ScopeReport> applyOccupationPostings(DemandImport record, List<ImportRow> rows) {
        Map<StateYear, Map<String, Long>> byScope = new TreeMap<>();
        for (ImportRow row : rows) {
            ImportRow.OccupationPostings p = (ImportRow.OccupationPostings) row;
            byScope.computeIfAbsent(new StateYear(p.state(), p.year()), s -> new HashMap<>())
                    .put(p.soc(), p.postings());
        }
        List<ScopeReport> reports = new ArrayList<>();
        Map<StateYear, Set<String>> affected = new HashMap<>();
        List<CredentialReplica> allLicenses = null;
        for (Map.Entry<StateYear, Map<String, Long>> entry : byScope.entrySet()) {
            StateYear scope = entry.getKey();
            Map<String, Long> delivered = entry.getValue();
            Map<String, Long> before = postings.occupationPostings(scope);
            Set<String> changedSocs = changedKeys(before, delivered);
            postings.replaceOccupationPostings(scope, delivered, record.id);
            record.changedRows += changedSocs.size();
            List<CredentialReplica> licenses;
            if (before.isEmpty()) {
                if (allLicenses == null) {
                    allLicenses = catalog.licenses(null);
                }
                licenses = allLicenses;
            } else {
                licenses = catalog.licenses(changedSocs);
            }
            affected.put(scope, licenses.stream().map(l -> l.id).collect(Collectors.toSet()));
            reports.add(new ScopeReport(scope.state(), scope.year(), delivered.size(),
                    removedCount(before, delivered)));
        }
        record.demandChanges = derivation.recompute(affected, record.id, record.importedBy);
        return reports;
    }

    private List<ScopeReport> applyStateWages(DemandImport record, List<ImportRow> rows) {
        Map<String, Map<Integer, Integer>> byState = new TreeMap<>();
        for (ImportRow row : rows) {
            ImportRow.StateWage w = (ImportRow.StateWage) row;
            byState.computeIfAbsent(w.state(), s -> new TreeMap<>()).put(w.year(), w.medianAnnualWage());
        }
        List<ScopeReport> reports = new ArrayList<>();
        byState.forEach((state, delivered) -> {
            record.changedRows += wages.applyImport(state, delivered, record.importedBy);
            delivered.keySet().forEach(year -> reports.add(new ScopeReport(state, year, 1, 0)));
        });
        return reports;
    }

    /** Keys added, removed or with a different value. */
    private static Set<String> changedKeys(Map<String, Long> before, Map<String, Long> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        return keys;
    }

    private static int removedCount(Map<String, Long> before, Map<String, Long> after) {
        return (int) before.keySet().stream().filter(k -> !after.containsKey(k)).count();
    }

    private CredentialDirectory directoryFor(List<RawRow> rows) {
        Set<String> ids = new HashSet<>();
        Set<ExternalCode> codes = new HashSet<>();
        for (RawRow row : rows) {
            String id = row.fields().get("credentialId");
            if (id != null) {
                ids.add(id);
            }
            String system = row.fields().get("codeSystem");
            String code = row.fields().get("code");
            if (system != null && code != null) {
                codes.add(new ExternalCode(system, code));
            }
        }
        return catalog.directory(ids, codes);
    }

    private Outcome outcome(DemandImport record, boolean created) {
        try {
            return new Outcome(record, objectMapper.readValue(record.scopes, new TypeReference<>() {
            }), objectMapper.readValue(record.warnings, new TypeReference<>() {
            }), created);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import report cannot be read: " + record.id, e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
