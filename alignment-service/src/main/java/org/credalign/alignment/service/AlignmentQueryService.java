package org.credalign.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.credalign.alignment.api.NationResponse;
import org.credalign.alignment.api.RawJson;
import org.credalign.alignment.api.StateListItemResponse;
import org.credalign.alignment.api.StateSummaryResponse;
import org.credalign.alignment.api.TrendPointResponse;
import org.credalign.alignment.config.Methodology;
import org.credalign.alignment.domain.AlignmentCategory;
import org.credalign.alignment.domain.MapCategory;
import org.credalign.alignment.domain.StateYearScore;
import org.credalign.alignment.persistence.ResultsRepository;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.ProblemException;

/**
 * Reads of the stored results. School years default per METHODOLOGY.md: a single-state view uses that state's
 * latest year with attainment data; cross-state views use the latest school year in which any state has data.
 * A state-year without a stored result reads as NO_DATA (NO_ATTAINMENT).
 */
@ApplicationScoped
public class AlignmentQueryService {

    private final ResultsRepository results;
    private final ResultMapper mapper;
    private final Methodology methodology;
    private final LatestYears latestYears;

    public AlignmentQueryService(ResultsRepository results, ResultMapper mapper, Methodology methodology,
            LatestYears latestYears) {
        this.latestYears = latestYears;
        this.results = results;
        this.mapper = mapper;
        this.methodology = methodology;
    }

    /** A page of a state-year or of a school year; {@code schoolYear} is empty when there is no data at all. */
    public record YearPage<T>(Optional<SchoolYear> schoolYear, PageResponse<T> page) {
    }

    private Optional<SchoolYear> stateYear(String state, SchoolYear requested) {
        return Optional.ofNullable(requested).or(() -> latestYears.ofState(state).map(SchoolYear::new));
    }

    private Optional<SchoolYear> crossStateYear(SchoolYear requested) {
        return Optional.ofNullable(requested).or(() -> latestYears.ofAnyState().map(SchoolYear::new));
    }

    private static <T> YearPage<T> empty(Optional<SchoolYear> year, PageRequest page) {
        return new YearPage<>(year, PageResponse.of(List.of(), page, 0));
    }

    private static YearPage<RawJson> page(Optional<SchoolYear> year, ResultsRepository.ItemPage items,
            PageRequest page) {
        return new YearPage<>(year, PageResponse.of(items.items().stream().map(RawJson::new).toList(), page,
                items.total()));
    }

    @Transactional
    public YearPage<RawJson> stateCredentials(String state, SchoolYear requested, String category, boolean deadEnds,
            PageRequest page) {
        Optional<SchoolYear> year = stateYear(state, requested);
        if (year.isEmpty()) {
            return empty(year, page);
        }
        return page(year, results.credentialItems(state, year.get().endYear(), category, deadEnds, page.offset(),
                page.size()), page);
    }

    @Transactional
    public YearPage<RawJson> credentialStates(String credentialId, SchoolYear requested, String category,
            PageRequest page) {
        Optional<SchoolYear> year = crossStateYear(requested);
        if (year.isEmpty()) {
            return empty(year, page);
        }
        return page(year, results.credentialAcrossStates(credentialId, year.get().endYear(), category, page.offset(),
                page.size()), page);
    }

    @Transactional
    public YearPage<RawJson> clusters(String state, SchoolYear requested, PageRequest page) {
        Optional<SchoolYear> year = stateYear(state, requested);
        if (year.isEmpty()) {
            return empty(year, page);
        }
        return page(year, results.clusterItems(state, year.get().endYear(), page.offset(), page.size()), page);
    }

    @Transactional
    public YearPage<RawJson> revalidation(String state, SchoolYear requested, String action, PageRequest page) {
        Optional<SchoolYear> year = stateYear(state, requested);
        if (year.isEmpty()) {
            return empty(year, page);
        }
        return page(year, results.revalidationItems(state, year.get().endYear(), action, page.offset(), page.size()),
                page);
    }

    @Transactional
    public YearPage<RawJson> nationCredentials(SchoolYear requested, String category, PageRequest page) {
        Optional<SchoolYear> year = crossStateYear(requested);
        if (year.isEmpty()) {
            return empty(year, page);
        }
        return page(year, results.nationCredentialItems(year.get().endYear(), category, page.offset(), page.size()),
                page);
    }

    /** Every state and DC for the school year, ranked ones first by rank, then the rest by state. */
    @Transactional
    public YearPage<StateListItemResponse> states(SchoolYear requested, String category, String mapCategory,
            PageRequest page) {
        Optional<SchoolYear> year = crossStateYear(requested);
        Map<String, ResultsRepository.StateRow> stored = new HashMap<>();
        year.ifPresent(y -> results.statesOfYear(y.endYear()).forEach(r -> stored.put(r.state(), r)));
        String yearText = year.map(SchoolYear::toString).orElse(null);
        List<StateListItemResponse> all = new ArrayList<>();
        for (String state : new TreeSet<>(UsStates.CODES)) {
            ResultsRepository.StateRow r = stored.get(state);
            all.add(r == null
                    ? new StateListItemResponse(state, yearText, StateYearScore.NO_DATA, StateYearScore.NO_ATTAINMENT,
                            null, AlignmentCategory.NO_DATA.name(), MapCategory.NO_DATA.name(), null, null, null, null,
                            null, methodology.version(), methodology.hash())
                    : new StateListItemResponse(state, yearText, r.status(), r.noDataReason(), r.score(), r.category(),
                            r.mapCategory(), r.rank(), r.pctEarnedInDemand(), r.pctInDemandNotEarned(),
                            r.dataCollectionScore(), r.earned(), methodology.version(), r.parametersHash()));
        }
        List<StateListItemResponse> filtered = all.stream()
                .filter(s -> category == null || category.equals(s.alignmentCategory()))
                .filter(s -> mapCategory == null || mapCategory.equals(s.mapCategory()))
                .sorted(Comparator.comparing((StateListItemResponse s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
                        .thenComparing(StateListItemResponse::state))
                .toList();
        int from = Math.min(page.offset(), filtered.size());
        int to = Math.min(from + page.size(), filtered.size());
        return new YearPage<>(year, PageResponse.of(filtered.subList(from, to), page, filtered.size()));
    }

    @Transactional
    public StateSummaryResponse state(String state, SchoolYear requested) {
        Optional<SchoolYear> year = stateYear(state, requested).or(() -> crossStateYear(null));
        if (year.isEmpty()) {
            return noData(state, null);
        }
        int endYear = year.get().endYear();
        StateSummaryResponse summary = results.stateSummary(state, endYear)
                .map(json -> mapper.read(json, StateSummaryResponse.class)).orElseGet(() -> noData(state, year.get()));
        Integer rank = results.rank(state, endYear).orElse(null);
        StateSummaryResponse.Nation nation = results.nationSummary(endYear)
                .map(json -> mapper.read(json, NationResponse.class))
                .map(n -> new StateSummaryResponse.Nation(n.statesScored(), n.pctEarnedInDemand(),
                        n.pctInDemandNotEarned(), n.credentialsEarned()))
                .orElse(new StateSummaryResponse.Nation(0, null, null, 0L));
        return summary.withRankAndNation(rank, (int) results.rankedCount(endYear), nation);
    }

    private StateSummaryResponse noData(String state, SchoolYear year) {
        return new StateSummaryResponse(state, year == null ? null : year.toString(), StateYearScore.NO_DATA,
                StateYearScore.NO_ATTAINMENT, null, AlignmentCategory.NO_DATA.name(), MapCategory.NO_DATA.name(), null,
                null, null, null, 0, new StateSummaryResponse.Totals(0, null, null), null, Map.of(), 0,
                java.math.BigDecimal.ZERO, List.of(), List.of(), true, null, methodology.version(), methodology.hash(),
                null);
    }

    @Transactional
    public NationResponse nation(SchoolYear requested) {
        Optional<SchoolYear> year = crossStateYear(requested);
        return year.flatMap(y -> results.nationSummary(y.endYear())).map(json -> mapper.read(json, NationResponse.class))
                .orElseGet(() -> new NationResponse(year.map(SchoolYear::toString).orElse(null), 0, List.of(), null,
                        null, 0, 0, 0, 0, 0, null, 0, null, 0, methodology.version(), methodology.hash(), null));
    }

    @Transactional
    public PageResponse<TrendPointResponse> trend(String state, PageRequest page) {
        List<TrendPointResponse> points = results.trend(state).stream()
                .map(r -> new TrendPointResponse(r.state(), new SchoolYear(r.schoolYear()).toString(), r.status(),
                        r.score(), r.category(), r.mapCategory(), r.rank(), r.pctEarnedInDemand(),
                        r.pctInDemandNotEarned(), r.dataCollectionScore(), r.earned(), methodology.version(),
                        r.parametersHash())).toList();
        int from = Math.min(page.offset(), points.size());
        int to = Math.min(from + page.size(), points.size());
        return PageResponse.of(points.subList(from, to), page, points.size());
    }

    /** 404 unless the catalog or any result knows the credential. */
    @Transactional
    public void requireKnownCredential(String credentialId) {
        if (!results.credentialKnown(credentialId)) {
            throw ProblemException.notFound("unknown credential '" + credentialId + "'");
        }
    }
}
