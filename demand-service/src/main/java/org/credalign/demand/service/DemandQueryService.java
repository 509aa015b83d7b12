package org.credalign.demand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.demand.domain.DemandBasis;
import org.credalign.demand.persistence.DerivedDemandRepository;
import org.credalign.demand.persistence.DerivedDemandRepository.Listed;

/** Reads of the derived demand. */
@ApplicationScoped
public class DemandQueryService {

    private final DerivedDemandRepository derived;

    public DemandQueryService(DerivedDemandRepository derived) {
        this.derived = derived;
    }

    /** The year asked for, or the latest year with demand for the state (null when it has none). */
    @Transactional
    public Integer yearOrLatest(String state, Integer year) {
        return year != null ? year : derived.latestYear(state).orElse(null);
    }

    @Transactional
    public PageResponse<Listed> list(String state, Integer year, DemandBasis basis, PageRequest page) {
        if (year == null) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PageResponse.of(derived.list(state, year, basis, page.offset(), page.size()), page,
                derived.count(state, year, basis));
    }

    /** The whole filtered list, for CSV (a state-year holds at most a few thousand credentials). */
    @Transactional
    public List<Listed> all(String state, Integer year, DemandBasis basis) {
        if (year == null) {
            return List.of();
        }
        try (Stream<Listed> rows = derived.stream(state, year, basis)) {
            return rows.toList();
        }
    }
}
