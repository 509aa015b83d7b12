package org.credalign.alignment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.alignment.api.ClusterResponse;
import org.credalign.alignment.api.CredentialAlignmentResponse;
import org.credalign.alignment.api.NationCredentialResponse;
import org.credalign.alignment.api.NationResponse;
import org.credalign.alignment.api.RevalidationResponse;
import org.credalign.alignment.api.StateSummaryResponse;
import org.credalign.alignment.config.Methodology;
import org.credalign.alignment.domain.ClusterScore;
import org.credalign.alignment.domain.CredentialScore;
import org.credalign.alignment.domain.Inputs;
import org.credalign.alignment.domain.NationAggregator;
import org.credalign.alignment.domain.RevalidationFlag;
import org.credalign.alignment.domain.StateYearScore;
import org.credalign.alignment.persistence.ResultsRepository.StateYearRows;
import org.credalign.commons.api.SchoolYear;

/** Turns domain scores into the API's shapes and into result-table rows holding those shapes as JSON. */
@ApplicationScoped
public class ResultMapper {

    private final ObjectMapper objectMapper;
    private final Methodology methodology;

    public ResultMapper(ObjectMapper objectMapper, Methodology methodology) {
        this.objectMapper = objectMapper;
        this.methodology = methodology;
    }

    public String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result cannot be serialized", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result cannot be read", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public StateSummaryResponse summary(StateYearScore s, Instant computedAt) {
        Inputs.StateProfile p = s.profile();
        Map<String, Integer> counts = new LinkedHashMap<>();
        s.categoryCounts().forEach((category, n) -> counts.put(category.name(), n));
        return new StateSummaryResponse(s.state(), new SchoolYear(s.schoolYear()).toString(), s.status(),
                s.noDataReason(), s.alignmentScore(), s.alignmentCategory().name(), s.mapCategory().name(), null, null,
                s.pctEarnedInDemand(), s.pctInDemandNotEarned(), s.dataCollectionScore(),
                new StateSummaryResponse.Totals(s.credentialsEarned(), s.perHundredConcentrators(),
                        s.perThousandStudents()),
                new StateSummaryResponse.StateInputs(s.credentialsEarned(), s.earnedInDemand(), s.postings(),
                        s.schoolYear(), s.credentialsListed(), s.credentialsInDemand(),
                        s.credentialsInDemandSecondaryAppropriate(), s.inDemandNotEarned(),
                        p == null ? new StateSummaryResponse.DataCollection(false, false, false, 0, false, false, false)
                                : new StateSummaryResponse.DataCollection(true, p.collectsSecondary(),
                                        p.collectsPostsecondary(), p.vendorDataSharingAgreements(),
                                        p.credentialsInEssaPlan(), p.incentivePolicy(), p.maintainsApprovedList()),
                        p == null ? null : p.cteConcentrators(), p == null ? null : p.highSchoolEnrollment(),
                        s.stateMedianWage(), s.wageFloor(), s.approvedListSize()),
                counts, s.deadEnds(), s.incentiveDollarsOnDeadEnds(), List.copyOf(s.submissionIds()),
                List.copyOf(s.importIds()), s.attainmentComplete(), null, methodology.version(), methodology.hash(),
                computedAt);
    }

    public CredentialAlignmentResponse credential(StateYearScore s, CredentialScore c) {
        return new CredentialAlignmentResponse(s.state(), new SchoolYear(s.schoolYear()).toString(), c.credentialId(),
                c.name(), c.type(), c.earnedSecondary() + c.earnedPostsecondary(), c.earnedSecondary(),
                c.earnedPostsecondary(), c.earnedCounted(), c.demanded(), c.demandBasis(), c.ratio(),
                c.category() == null ? null : c.category().name(), c.inDemand(), c.flags(), c.secondaryAppropriate(),
                c.retired(), c.clusters(), c.deadEnd(), c.deadEndTests(), c.bestOccupationWage(), s.wageFloor(),
                c.onApprovedList(), c.incentiveAmount(), c.incentiveDollars(), methodology.version(),
                methodology.hash());
    }

    public ClusterResponse cluster(StateYearScore s, ClusterScore c) {
        return new ClusterResponse(s.state(), new SchoolYear(s.schoolYear()).toString(), c.cluster(), c.credentials(),
                c.earned(), c.earnedInDemand(), c.postings(), true, c.occupations().stream()
                        .map(o -> new ClusterResponse.OccupationItem(o.soc(), o.title(), o.medianAnnualWage(),
                                o.employment(), o.projectedGrowthPct())).toList(),
                methodology.version(), methodology.hash());
    }

    public RevalidationResponse revalidation(StateYearScore s, RevalidationFlag f) {
        CredentialScore c = f.credential();
        Inputs.ApprovalEntry a = f.approval();
        return new RevalidationResponse(s.state(), new SchoolYear(s.schoolYear()).toString(), f.credentialId(),
                f.name(), f.action(), f.reasons(), c.earnedCounted(), c.demanded(),
                c.category() == null ? null : c.category().name(), c.inDemand(), a == null ? null : a.status(),
                a == null ? null : a.approvedOn(), a == null ? null : a.reviewDue(),
                a == null ? null : a.incentiveAmount(), c.incentiveDollars(), methodology.version(), methodology.hash());
    }

    /**
     * The rows of one state-year for the result tables, with a hash of everything they say except computedAt (so an
     * unchanged result is neither rewritten nor published again).
     */
    public StateYearRows rows(StateYearScore s, Instant computedAt) {
        MessageDigest content = sha256();
        update(content, json(summary(s, Instant.EPOCH)));
        List<List<?>> credentials = new ArrayList<>();
        int order = 0;
        for (CredentialScore c : s.credentials()) {
            String item = json(credential(s, c));
            update(content, item);
            credentials.add(java.util.Arrays.asList(s.state(), s.schoolYear(), c.credentialId(), order++,
                    c.category() == null ? null : c.category().name(), c.inDemand(), c.counted(), c.earnedCounted(),
                    c.demanded(), c.deadEnd(), item));
        }
        List<List<?>> clusters = new ArrayList<>();
        for (ClusterScore c : s.clusters()) {
            String item = json(cluster(s, c));
            update(content, item);
            clusters.add(List.of(s.state(), s.schoolYear(), c.cluster(), item));
        }
        List<List<?>> revalidation = new ArrayList<>();
        order = 0;
        for (RevalidationFlag f : s.revalidation()) {
            String item = json(revalidation(s, f));
            update(content, item);
            revalidation.add(List.of(s.state(), s.schoolYear(), f.credentialId(), f.action(), order++, item));
        }
        String contentHash = HexFormat.of().formatHex(content.digest(), 0, 16);
        Inputs.StateProfile p = s.profile();
        List<?> stateRow = java.util.Arrays.asList(s.state(), s.schoolYear(), s.status(), s.noDataReason(),
                s.alignmentCategory().name(), s.alignmentScore(), s.mapCategory().name(), s.pctEarnedInDemand(),
                s.pctInDemandNotEarned(), s.dataCollectionScore(), s.credentialsEarned(), s.earnedInDemand(),
                s.postings(), s.credentialsInDemandSecondaryAppropriate(), s.inDemandNotEarned(),
                p == null ? null : p.cteConcentrators(), p == null ? null : p.highSchoolEnrollment(),
                s.attainmentComplete(), methodology.hash(), contentHash, json(summary(s, computedAt)),
                computedAt.toString());
        return new StateYearRows(s.state(), s.schoolYear(), contentHash, stateRow, credentials, clusters,
                revalidation);
    }

    public NationResponse nation(NationAggregator.NationScore n, Instant computedAt) {
        return new NationResponse(new SchoolYear(n.schoolYear()).toString(), n.statesScored(), n.states(),
                n.pctEarnedInDemand(), n.pctInDemandNotEarned(), n.credentialsEarned(), n.earnedInDemand(),
                n.postings(), n.credentialsInDemandSecondaryAppropriate(), n.inDemandNotEarned(),
                n.perHundredConcentrators(), n.statesWithConcentrators(), n.perThousandStudents(),
                n.statesWithEnrollment(), methodology.version(), methodology.hash(), computedAt);
    }

    public List<List<?>> nationCredentialRows(NationAggregator.NationScore n) {
        List<List<?>> rows = new ArrayList<>();
        int order = 0;
        for (NationAggregator.NationCredential c : n.credentials()) {
            rows.add(List.of(n.schoolYear(), c.credentialId(), order++, c.category().name(),
                    json(new NationCredentialResponse(new SchoolYear(n.schoolYear()).toString(), c.credentialId(),
                            c.name(), c.type(), c.earned(), c.demanded(), c.ratio(), c.category().name(),
                            c.statesInDemand(), methodology.version(), methodology.hash()))));
        }
        return rows;
    }
}
