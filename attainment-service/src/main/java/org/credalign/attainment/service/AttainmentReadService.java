package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credalign.attainment.config.AttainmentConfig;
import org.credalign.attainment.domain.AggregateRow;
import org.credalign.attainment.domain.CredentialLevel;
import org.credalign.attainment.domain.SmallCellSuppression;
import org.credalign.attainment.domain.Submission;
import org.credalign.attainment.persistence.EarnedCountRepository;
import org.credalign.attainment.persistence.SubmissionRepository;
import org.credalign.commons.api.SchoolYear;

/** Public attainment: the current accepted counts of a state-year with small cells withheld. */
@ApplicationScoped
public class AttainmentReadService {

    private final SubmissionRepository submissions;
    private final EarnedCountRepository counts;
    private final AttainmentConfig config;

    public AttainmentReadService(SubmissionRepository submissions, EarnedCountRepository counts,
            AttainmentConfig config) {
        this.submissions = submissions;
        this.counts = counts;
        this.config = config;
    }

    /** The public cells of one credential and level. */
    public record CredentialCells(CredentialLevel credentialLevel, List<SmallCellSuppression.Cell> cells) {
    }

    /** A state-year's public attainment; {@code submission} is null when the state has no data for it. */
    public record PublicAttainment(String state, SchoolYear year, Submission submission, int minCellSize,
            List<CredentialCells> credentials) {
    }

    /** @param year null for the state's latest year with accepted data */
    @Transactional
    public PublicAttainment publicView(String state, SchoolYear year) {
        int minCellSize = config.privacy().minCellSize();
        SchoolYear effective = year != null ? year
                : submissions.latestAcceptedYear(state).map(SchoolYear::new).orElse(null);
        Optional<Submission> current = effective == null ? Optional.empty()
                : submissions.currentAccepted(state, effective.endYear());
        if (current.isEmpty()) {
            return new PublicAttainment(state, effective, null, minCellSize, List.of());
        }
        Map<CredentialLevel, Map<String, Integer>> byCredentialLevel = new LinkedHashMap<>();
        for (AggregateRow row : counts.rowsOf(current.get().id)) {
            byCredentialLevel.computeIfAbsent(row.credentialLevel(), cl -> new LinkedHashMap<>())
                    .put(row.subgroup(), row.earned());
        }
        List<CredentialCells> credentials = new ArrayList<>();
        byCredentialLevel.forEach((cl, subgroups) -> credentials.add(new CredentialCells(cl,
                SmallCellSuppression.apply(subgroups, minCellSize))));
        return new PublicAttainment(state, effective, current.get(), minCellSize, credentials);
    }
}
