package org.credalign.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.credalign.alignment.persistence.ReadModelRepository;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.SchoolYear;

/** Reads of the alignment read model; the school year defaults to the state's latest year with data. */
@ApplicationScoped
public class AlignmentQueryService {

    private final ReadModelRepository readModel;

    public AlignmentQueryService(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    /** A page of a state-year; {@code schoolYear} is empty when the state has no data at all. */
    public record StateYearPage<T>(Optional<SchoolYear> schoolYear, PageResponse<T> page) {
    }

    @Transactional
    public StateYearPage<ReadModelRepository.EarnedRow> earnedByCredential(String state, SchoolYear requested,
            PageRequest page) {
        Optional<SchoolYear> year = Optional.ofNullable(requested)
                .or(() -> readModel.latestYear(state).map(SchoolYear::new));
        if (year.isEmpty()) {
            return new StateYearPage<>(year, PageResponse.of(List.of(), page, 0));
        }
        int endYear = year.get().endYear();
        return new StateYearPage<>(year, PageResponse.of(
                readModel.earnedByCredential(state, endYear, page.offset(), page.size()), page,
                readModel.countEarnedCredentials(state, endYear)));
    }
}
