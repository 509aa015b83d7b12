package org.credalign.demand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;
import org.credalign.demand.domain.ImportKind;
import org.credalign.demand.domain.ImportRow;
import org.credalign.demand.domain.ImportValidator;
import org.credalign.demand.domain.Occupation;
import org.credalign.demand.domain.SocCode;
import org.credalign.demand.messaging.OccupationChanged;
import org.credalign.demand.persistence.ImportRepository;
import org.credalign.demand.persistence.OccupationRepository;
import org.credalign.demand.persistence.WriteLock;

/** Occupations (SOC) with wages, employment and growth; every change publishes an OccupationChanged event. */
@ApplicationScoped
public class OccupationService {

    private final OccupationRepository occupations;
    private final ImportRepository imports;
    private final WriteLock lock;
    private final OutboxAppender outbox;

    public OccupationService(OccupationRepository occupations, ImportRepository imports, WriteLock lock,
            OutboxAppender outbox) {
        this.occupations = occupations;
        this.imports = imports;
        this.lock = lock;
        this.outbox = outbox;
    }

    /** Detached copy of an occupation for the API layer. */
    public record OccupationView(String soc, String title, Integer medianAnnualWage, Integer employment,
            java.math.BigDecimal projectedGrowthPct, List<String> clusters, long version) {
        static OccupationView of(Occupation o) {
            return new OccupationView(o.soc, o.title, o.medianAnnualWage, o.employment, o.projectedGrowthPct,
                    o.clusters == null ? List.of() : List.copyOf(o.clusters), o.version);
        }
    }

    public record PutOutcome(OccupationView occupation, boolean created) {
    }

    @Transactional
    public OccupationView get(String soc) {
        requireSocFormat(soc);
        Occupation occupation = occupations.findById(soc);
        if (occupation == null) {
            throw ProblemException.notFound("no occupation with SOC code '" + soc + "'");
        }
        return OccupationView.of(occupation);
    }

    @Transactional
    public PageResponse<OccupationView> search(String cluster, String q, PageRequest page) {
        List<OccupationView> items = occupations.search(cluster, q, page.page(), page.size()).stream()
                .map(OccupationView::of).toList();
        return PageResponse.of(items, page, occupations.countSearch(cluster, q));
    }

    /** The whole filtered list, for CSV (the SOC system has about 900 detailed occupations). */
    @Transactional
    public List<OccupationView> all(String cluster, String q) {
        try (Stream<Occupation> rows = occupations.streamSearch(cluster, q)) {
            return rows.map(OccupationView::of).toList();
        }
    }

    /**
     * Creates or replaces an occupation from the API; the fields follow the same rules as an occupations import.
     * An identical body changes nothing and publishes nothing.
     */
    @Transactional
    public PutOutcome put(String soc, Map<String, String> fields, String changedBy) {
        requireSocFormat(soc);
        Map<String, String> withSoc = new java.util.LinkedHashMap<>(fields);
        withSoc.put("soc", soc);
        ImportValidator.Result result = ImportValidator.validateEntities(ImportKind.OCCUPATIONS, List.of(withSoc),
                null, Year.now().getValue());
        if (result.hasErrors()) {
            throw ProblemException.validation("Occupation has invalid fields", result.errors().size()
                    + " invalid field(s)", result.errors());
        }
        lock.acquire();
        boolean created = occupations.findById(soc) == null;
        Occupation occupation = upsert((ImportRow.OccupationFigures) result.accepted().get(0), changedBy);
        // The API now holds this SOC: an earlier import of it is no longer current.
        imports.release(ImportKind.OCCUPATIONS.slug(), List.of(soc));
        return new PutOutcome(OccupationView.of(occupation != null ? occupation : occupations.findById(soc)),
                created);
    }

    /** Applies an import's occupations (caller holds the lock); returns how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyImport(List<ImportRow.OccupationFigures> rows, String changedBy) {
        int changed = 0;
        for (ImportRow.OccupationFigures row : rows) {
            if (upsert(row, changedBy) != null) {
                changed++;
            }
        }
        return changed;
    }

    /** Stores the figures and appends the event; returns the occupation, or null when nothing changed. */
    private Occupation upsert(ImportRow.OccupationFigures figures, String changedBy) {
        Occupation occupation = occupations.findById(figures.soc());
        if (occupation != null && sameFigures(occupation, figures)) {
            return null;
        }
        boolean isNew = occupation == null;
        if (isNew) {
            occupation = new Occupation();
            occupation.soc = figures.soc();
        }
        occupation.title = figures.title();
        occupation.medianAnnualWage = figures.medianAnnualWage();
        occupation.employment = figures.employment();
        occupation.projectedGrowthPct = figures.projectedGrowthPct();
        occupation.clusters = figures.clusters();
        occupation.version = lock.nextEventVersion();
        occupation.changedBy = changedBy;
        occupation.changedAt = Instant.now();
        if (isNew) {
            // Only now: the version query above flushes, and a half-filled row would break the NOT NULLs.
            occupations.persist(occupation);
        }
        outbox.append(OccupationChanged.TOPIC, occupation.soc, OccupationChanged.TYPE, occupation.version, changedBy,
                OccupationChanged.of(occupation));
        return occupation;
    }

    private static boolean sameFigures(Occupation o, ImportRow.OccupationFigures f) {
        return o.title.equals(f.title()) && Objects.equals(o.medianAnnualWage, f.medianAnnualWage())
                && Objects.equals(o.employment, f.employment())
                && (o.projectedGrowthPct == null ? f.projectedGrowthPct() == null
                        : f.projectedGrowthPct() != null && o.projectedGrowthPct.compareTo(f.projectedGrowthPct()) == 0)
                && Objects.equals(o.clusters == null ? List.of() : o.clusters, f.clusters());
    }

    static void requireSocFormat(String soc) {
        if (!SocCode.isValid(soc)) {
            throw ProblemException.badRequest("'" + soc + "' is not a SOC code of the form NN-NNNN",
                    List.of(FieldError.field("soc", SocCode.RULE)));
        }
    }
}
