package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores one state and school year by METHODOLOGY.md v1: per-credential E, D, ratio, category and in-demand flag;
 * the state's percentages, data-collection score, alignment score and categories, totals; dead ends; revalidation
 * flags; Career Cluster figures. Pure: the same inputs always give the same result.
 */
public final class StateYearScorer {

    private final MethodologyParameters parameters;
    private final SupplyDemand supplyDemand;
    private final Map<String, Inputs.CatalogCredential> catalog;
    private final Map<String, Inputs.Occupation> occupations;

    public StateYearScorer(MethodologyParameters parameters, Map<String, Inputs.CatalogCredential> catalog,
            Map<String, Inputs.Occupation> occupations) {
        this.parameters = parameters;
        this.supplyDemand = new SupplyDemand(parameters);
        this.catalog = catalog;
        this.occupations = occupations;
    }

    public StateYearScore score(Inputs.StateYear in) {
        Map<String, Inputs.ApprovalEntry> onList = new HashMap<>();
        for (Inputs.ApprovalEntry entry : in.approvals()) {
            if (entry.onListAsOf(in.schoolYear())) {
                onList.put(entry.credentialId(), entry);
            }
        }
        BigDecimal wageFloor = in.stateMedianWage() == null ? null
                : in.stateMedianWage().multiply(parameters.wageFloorRatio()).setScale(2, RoundingMode.HALF_UP);

        Map<String, Inputs.Attainment> earnedById = new HashMap<>();
        in.attainment().forEach(a -> earnedById.put(a.credentialId(), a));
        Map<String, Inputs.Demand> demandById = new HashMap<>();
        in.demand().forEach(d -> demandById.put(d.credentialId(), d));
        Set<String> ids = new TreeSet<>(earnedById.keySet());
        ids.addAll(demandById.keySet());

        List<CredentialScore> credentials = new ArrayList<>();
        for (String id : ids) {
            CredentialScore score = scoreCredential(in, id, earnedById.get(id), demandById.get(id), onList.get(id),
                    wageFloor);
            if (score != null) {
                credentials.add(score);
            }
        }
        credentials.sort(Comparator.comparingLong(CredentialScore::earnedCounted).reversed()
                .thenComparing(Comparator.comparingLong(CredentialScore::demanded).reversed())
                .thenComparing(CredentialScore::credentialId));

        long earned = 0;
        long earnedInDemand = 0;
        long postings = 0;
        int listed = 0;
        int inDemand = 0;
        int inDemandSecondary = 0;
        int notEarned = 0;
        int deadEnds = 0;
        BigDecimal incentiveOnDeadEnds = BigDecimal.ZERO;
        Map<SupplyDemandCategory, Integer> categoryCounts = new EnumMap<>(SupplyDemandCategory.class);
        for (CredentialScore c : credentials) {
            if (!c.counted()) {
                continue;
            }
            listed++;
            categoryCounts.merge(c.category(), 1, Integer::sum);
            earned += c.earnedCounted();
            postings += c.demanded();
            if (c.inDemand()) {
                inDemand++;
                earnedInDemand += c.earnedCounted();
                if (c.secondaryAppropriate()) {
                    inDemandSecondary++;
                    notEarned += c.earnedCounted() == 0 ? 1 : 0;
                }
            }
            if (c.deadEnd()) {
                deadEnds++;
                if (c.incentiveDollars() != null) {
                    incentiveOnDeadEnds = incentiveOnDeadEnds.add(c.incentiveDollars());
                }
            }
        }

        String status = StateYearScore.SCORED;
        String reason = null;
        if (earned == 0) {
            status = StateYearScore.NO_DATA;
            reason = StateYearScore.NO_ATTAINMENT;
        } else if (postings == 0) {
            status = StateYearScore.NO_DATA;
            reason = StateYearScore.NO_DEMAND;
        }
        BigDecimal pctEarnedInDemand = AlignmentMath.fraction(earnedInDemand, earned);
        BigDecimal pctInDemandNotEarned = AlignmentMath.fraction(notEarned, inDemandSecondary);
        int dataCollection = AlignmentMath.dataCollectionScore(parameters, in.profile());
        BigDecimal alignmentScore = StateYearScore.SCORED.equals(status)
                ? AlignmentMath.alignmentScore(parameters, pctEarnedInDemand, pctInDemandNotEarned, dataCollection)
                : null;
        boolean attainmentDataExist = in.attainment().stream()
                .anyMatch(a -> a.earnedSecondary() + a.earnedPostsecondary() > 0);
        MapCategory map = AlignmentMath.mapCategory(in.profile(), attainmentDataExist, !onList.isEmpty());
        Inputs.StateProfile profile = in.profile();

        return new StateYearScore(in.state(), in.schoolYear(), status, reason, pctEarnedInDemand,
                pctInDemandNotEarned, dataCollection, alignmentScore, AlignmentMath.category(parameters, alignmentScore),
                map, earned, earnedInDemand, postings, listed, inDemand, inDemandSecondary, notEarned,
                AlignmentMath.per(earned, 100, profile == null ? null : profile.cteConcentrators()),
                AlignmentMath.per(earned, 1000, profile == null ? null : profile.highSchoolEnrollment()),
                profile, in.stateMedianWage(), wageFloor, onList.size(), deadEnds, incentiveOnDeadEnds,
                categoryCounts, credentials, clusters(credentials), revalidation(in, credentials, onList),
                new TreeSet<>(in.submissionIds()), new TreeSet<>(in.importIds()), in.attainmentComplete());
    }

    private CredentialScore scoreCredential(Inputs.StateYear in, String id, Inputs.Attainment attainment,
            Inputs.Demand demand, Inputs.ApprovalEntry approval, BigDecimal wageFloor) {
        long secondary = attainment == null ? 0 : attainment.earnedSecondary();
        long postsecondary = attainment == null ? 0 : attainment.earnedPostsecondary();
        long earned = (parameters.levels().contains("SECONDARY") ? secondary : 0)
                + (parameters.levels().contains("POSTSECONDARY") ? postsecondary : 0);
        Inputs.CatalogCredential credential = catalog.get(id);
        if (credential == null) {
            // Outside the methodology: shown so a state sees data the catalog does not (yet) know, never counted.
            if (secondary + postsecondary == 0) {
                return null;
            }
            return new CredentialScore(id, null, null, false, false, false, List.of(), secondary, postsecondary,
                    earned, 0, null, null, null, false, List.of(CredentialScore.FLAG_NOT_IN_CATALOG), List.of(), null,
                    approval != null, null, null);
        }
        if (credential.retired() && earned == 0) {
            return null; // retired credentials count only for the years they were earned
        }
        long demanded;
        String basis;
        if (credential.isLicense() && !credential.licenseRequiredIn(in.state())) {
            demanded = 0;
            basis = "NOT_REQUIRED_HERE";
        } else if (demand == null) {
            demanded = 0;
            basis = credential.defaultBasis();
        } else if ("NOT_REQUIRED_HERE".equals(demand.basis())) {
            demanded = 0;
            basis = demand.basis();
        } else {
            demanded = demand.postings();
            basis = demand.basis();
        }
        SupplyDemand.Classification classification = supplyDemand.classify(earned, demanded);
        if (classification == null) {
            return null; // E = 0 and D = 0: not listed
        }
        boolean inDemand = supplyDemand.inDemand(demanded);
        List<String> flags = new ArrayList<>();
        if (classification.noDemand()) {
            flags.add(CredentialScore.FLAG_NO_DEMAND);
        }
        if (classification.notEarned()) {
            flags.add(CredentialScore.FLAG_NOT_EARNED);
        }
        if (!credential.secondaryAppropriate()) {
            flags.add(CredentialScore.FLAG_NOT_SECONDARY_APPROPRIATE);
        }
        if (credential.retired()) {
            flags.add(CredentialScore.FLAG_RETIRED);
        }
        if ("NOT_REQUIRED_HERE".equals(basis)) {
            flags.add(CredentialScore.FLAG_NOT_REQUIRED_HERE);
        }
        BigDecimal bestWage = bestWage(credential);
        List<String> deadEndTests = new ArrayList<>();
        if (classification.category() != SupplyDemandCategory.INSUFFICIENT_DATA && earned > 0) {
            if (!inDemand) {
                deadEndTests.add(CredentialScore.TEST_DEMAND);
            }
            if (bestWage != null && wageFloor != null && bestWage.compareTo(
                    in.stateMedianWage().multiply(parameters.wageFloorRatio())) < 0) {
                deadEndTests.add(CredentialScore.TEST_WAGE);
            }
        }
        BigDecimal incentive = approval == null ? null : approval.incentiveAmount();
        BigDecimal incentiveDollars = !deadEndTests.isEmpty() && incentive != null
                ? incentive.multiply(BigDecimal.valueOf(earned)) : null;
        return new CredentialScore(id, credential.name(), credential.type(), true, credential.retired(),
                credential.secondaryAppropriate(), credential.clusters(), secondary, postsecondary, earned, demanded,
                basis, SupplyDemand.ratio(earned, demanded), classification.category(), inDemand, List.copyOf(flags),
                List.copyOf(deadEndTests), bestWage, approval != null, incentive, incentiveDollars);
    }

    /** The best median wage among the credential's linked occupations that have one; null when none has. */
    private BigDecimal bestWage(Inputs.CatalogCredential credential) {
        return credential.occupations().stream().map(occupations::get).filter(Objects::nonNull)
                .map(Inputs.Occupation::medianAnnualWage).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private List<ClusterScore> clusters(List<CredentialScore> credentials) {
        Map<String, long[]> totals = new TreeMap<>(); // credentials, earned, earnedInDemand, postings
        for (CredentialScore c : credentials) {
            if (!c.counted()) {
                continue;
            }
            for (String cluster : new LinkedHashSet<>(c.clusters())) {
                long[] t = totals.computeIfAbsent(cluster, k -> new long[4]);
                t[0]++;
                t[1] += c.earnedCounted();
                t[2] += c.inDemand() ? c.earnedCounted() : 0;
                t[3] += c.demanded();
            }
        }
        List<ClusterScore> clusters = new ArrayList<>();
        totals.forEach((cluster, t) -> clusters.add(new ClusterScore(cluster, (int) t[0], t[1], t[2], t[3],
                occupations.values().stream().filter(o -> o.clusters() != null && o.clusters().contains(cluster))
                        .sorted(Comparator.comparing(Inputs.Occupation::soc)).toList())));
        return clusters;
    }

    private List<RevalidationFlag> revalidation(Inputs.StateYear in, List<CredentialScore> credentials,
            Map<String, Inputs.ApprovalEntry> onList) {
        List<RevalidationFlag> flags = new ArrayList<>();
        Map<String, CredentialScore> byId = new HashMap<>();
        credentials.forEach(c -> byId.put(c.credentialId(), c));
        for (CredentialScore c : credentials) {
            if (!c.counted()) {
                continue;
            }
            if (c.onApprovedList()) {
                List<String> reasons = new ArrayList<>();
                c.deadEndTests().forEach(test -> reasons.add("DEAD_END_" + test));
                if (c.category() == SupplyDemandCategory.VERY_OVERSUPPLIED) {
                    reasons.add(SupplyDemandCategory.VERY_OVERSUPPLIED.name());
                }
                if (!reasons.isEmpty()) {
                    flags.add(new RevalidationFlag(c.credentialId(), c.name(), RevalidationFlag.REVIEW,
                            List.copyOf(reasons), c, onList.get(c.credentialId())));
                }
            } else if (c.inDemand() && c.secondaryAppropriate() && !c.retired()) {
                flags.add(new RevalidationFlag(c.credentialId(), c.name(), RevalidationFlag.CONSIDER_ADDING,
                        List.of("IN_DEMAND"), c, null));
            }
        }
        return flags;
    }
}
