package org.credalign.alignment.domain;

import static org.credalign.alignment.domain.SupplyDemandCategory.INSUFFICIENT_DATA;
import static org.credalign.alignment.domain.SupplyDemandCategory.SUPPLY_MEETS_DEMAND;
import static org.credalign.alignment.domain.SupplyDemandCategory.VERY_OVERSUPPLIED;
import static org.credalign.alignment.domain.SupplyDemandCategory.VERY_UNDERSUPPLIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credalign.alignment.domain.Inputs.ApprovalEntry;
import org.credalign.alignment.domain.Inputs.Attainment;
import org.credalign.alignment.domain.Inputs.CatalogCredential;
import org.credalign.alignment.domain.Inputs.Demand;
import org.credalign.alignment.domain.Inputs.Occupation;
import org.credalign.alignment.domain.Inputs.StateProfile;
import org.junit.jupiter.api.Test;

/**
 * One hand-computed state-year (OH 2023-24) exercising every edge of METHODOLOGY.md at once, then the no-data,
 * missing-profile and exact-50.00 cases. The arithmetic is written out next to each expectation.
 */
class StateYearScorerTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static CatalogCredential credential(String id, String type, boolean retired, List<String> clusters,
            List<String> occupations, boolean secondaryAppropriate, List<String> requiredInStates) {
        return new CatalogCredential(id, id.toUpperCase(), type, retired, clusters, occupations,
                secondaryAppropriate, requiredInStates);
    }

    private static final Map<String, CatalogCredential> CATALOG = new HashMap<>();
    private static final Map<String, Occupation> OCCUPATIONS = new HashMap<>();

    static {
        for (CatalogCredential c : List.of(
                credential("cna", "CERTIFICATION", false, List.of("HS"), List.of("31-1131"), true, List.of()),
                // a credential in four clusters
                credential("osha10", "GENERAL_CAREER_READINESS", false, List.of("AC", "MN", "TD", "AG"), List.of(),
                        true, List.of()),
                // a license required only in NJ: in OH its demand is NOT_REQUIRED_HERE (D = 0)
                credential("rn", "LICENSE", false, List.of("HS"), List.of("29-1141"), true, List.of("NJ")),
                credential("cosmo", "LICENSE", false, List.of("HU"), List.of("39-5012"), true, List.of()),
                credential("mos", "SOFTWARE", false, List.of("BM", "IT"), List.of("43-6014"), true, List.of()),
                // a retired credential, earned this year: still counts
                credential("old-cert", "CERTIFICATION", true, List.of("MN"), List.of(), true, List.of()),
                // retired and not earned this year: not listed at all
                credential("retired-unearned", "CERTIFICATION", true, List.of("MN"), List.of(), true, List.of()),
                credential("cdl", "LICENSE", false, List.of("TD"), List.of("53-3032"), false, List.of()),
                credential("tiny", "CERTIFICATION", false, List.of("IT"), List.of(), true, List.of()))) {
            CATALOG.put(c.id(), c);
        }
        for (Occupation o : List.of(
                new Occupation("31-1131", "Nursing Assistants", d("35000"), 1000, d("4.5"), List.of("HS")),
                new Occupation("29-1141", "Registered Nurses", d("80000"), 3000, d("6.0"), List.of("HS")),
                new Occupation("39-5012", "Cosmetologists", d("30000"), 500, d("1.0"), List.of("HU")),
                new Occupation("43-6014", "Secretaries", d("40000"), 800, null, List.of("BM")),
                new Occupation("53-3032", "Truck Drivers", d("50000"), 2000, d("3.0"), List.of("TD")))) {
            OCCUPATIONS.put(o.soc(), o);
        }
    }

    private static final StateProfile PROFILE = new StateProfile(true, false, 2, true, false, true, 50000, 1000);

    private static Inputs.StateYear ohio(MethodologyParameters parameters) {
        return new Inputs.StateYear("OH", 2024,
                List.of(new Attainment("cna", 40, 5), new Attainment("osha10", 300, 0), new Attainment("rn", 20, 0),
                        new Attainment("cosmo", 100, 0), new Attainment("old-cert", 30, 0),
                        new Attainment("tiny", 3, 0), new Attainment("unknown-x", 7, 0)),
                List.of(new Demand("cna", 100, "DIRECT"), new Demand("osha10", 40, "DIRECT"),
                        new Demand("rn", 500, "LICENSED_OCCUPATION"), new Demand("cosmo", 80, "LICENSED_OCCUPATION"),
                        new Demand("mos", 200, "SOFTWARE"), new Demand("cdl", 60, "LICENSED_OCCUPATION"),
                        new Demand("tiny", 4, "DIRECT"), new Demand("retired-unearned", 90, "DIRECT")),
                PROFILE, d("45000"),
                List.of(new ApprovalEntry("cna", "APPROVED", LocalDate.of(2020, 1, 1), null, d("500")),
                        // approved after 30 June 2024: not on the 2023-24 list
                        new ApprovalEntry("osha10", "APPROVED", LocalDate.of(2024, 7, 1), null, d("100")),
                        new ApprovalEntry("cosmo", "PHASING_OUT", LocalDate.of(2019, 5, 1), null, null),
                        new ApprovalEntry("old-cert", "APPROVED", null, null, d("200")),
                        new ApprovalEntry("mos", "REMOVED", LocalDate.of(2018, 1, 1), null, null)),
                Set.of("sub-1"), Set.of("imp-1"), true);
    }

    private static StateYearScore scoreOhio() {
        return new StateYearScorer(MethodologyParameters.defaults(), CATALOG, OCCUPATIONS)
                .score(ohio(MethodologyParameters.defaults()));
    }

    private static Map<String, CredentialScore> byId(StateYearScore score) {
        return score.credentials().stream().collect(Collectors.toMap(CredentialScore::credentialId, c -> c));
    }

    @Test
    void perCredentialCategoriesDemandBasesAndFlags() {
        Map<String, CredentialScore> c = byId(scoreOhio());
        // listed: every credential with E > 0 or D > 0, the unknown one flagged; not retired-unearned
        assertEquals(Set.of("cna", "osha10", "rn", "cosmo", "mos", "old-cert", "cdl", "tiny", "unknown-x"),
                c.keySet());

        assertEquals(40, c.get("cna").earnedCounted());             // SECONDARY only: 40, not 45
        assertEquals(VERY_UNDERSUPPLIED, c.get("cna").category());  // 40/100 = 0.4 < 0.5
        assertEquals(d("0.4000"), c.get("cna").ratio());
        assertTrue(c.get("cna").inDemand());

        assertEquals(VERY_OVERSUPPLIED, c.get("osha10").category()); // 300/40 = 7.5
        assertFalse(c.get("osha10").inDemand());                      // 40 < 50

        CredentialScore rn = c.get("rn");                             // license not required in OH
        assertEquals(0, rn.demanded());
        assertEquals("NOT_REQUIRED_HERE", rn.demandBasis());
        assertEquals(VERY_OVERSUPPLIED, rn.category());
        assertEquals(List.of("noDemand", "notRequiredHere"), rn.flags());
        assertNull(rn.ratio());

        assertEquals(SUPPLY_MEETS_DEMAND, c.get("cosmo").category()); // 100/80 = 1.25 exactly
        assertEquals("LICENSED_OCCUPATION", c.get("cosmo").demandBasis());

        assertEquals(VERY_UNDERSUPPLIED, c.get("mos").category());    // E = 0, D = 200
        assertEquals(List.of("notEarned"), c.get("mos").flags());
        assertEquals("SOFTWARE", c.get("mos").demandBasis());

        assertEquals(List.of("noDemand", "retired"), c.get("old-cert").flags());
        assertEquals(List.of("notEarned", "notSecondaryAppropriate"), c.get("cdl").flags());
        assertEquals(INSUFFICIENT_DATA, c.get("tiny").category());    // 3 + 4 < 10

        CredentialScore unknown = c.get("unknown-x");
        assertNull(unknown.category());
        assertEquals(List.of("notInCatalog"), unknown.flags());
    }

    @Test
    void stateFiguresFromHandComputedSums() {
        StateYearScore s = scoreOhio();
        // ΣE = 40 + 300 + 20 + 100 + 30 + 3 = 493 (unknown-x does not count)
        assertEquals(493, s.credentialsEarned());
        // in demand (D ≥ 50): cna 100, cosmo 80, mos 200, cdl 60 → earned in demand 40 + 100 = 140
        assertEquals(140, s.earnedInDemand());
        assertEquals(d("0.2840"), s.pctEarnedInDemand());              // 140 / 493 = 0.28397
        // in demand and secondary-appropriate: cna, cosmo, mos (cdl is not appropriate); not earned: mos → 1/3
        assertEquals(3, s.credentialsInDemandSecondaryAppropriate());
        assertEquals(4, s.credentialsInDemand());
        assertEquals(d("0.3333"), s.pctInDemandNotEarned());
        // profile: secondary yes, postsecondary no, 2 vendor agreements yes, ESSA yes, incentive no → 3
        assertEquals(3, s.dataCollectionScore());
        // 100 × (0.5·0.2840 + 0.3·0.6667 + 0.2·3/5) = 46.201 → 46.20
        assertEquals(d("46.20"), s.alignmentScore());
        assertEquals(AlignmentCategory.MINIMALLY_ALIGNED, s.alignmentCategory());
        assertEquals(MapCategory.SECONDARY, s.mapCategory());
        assertEquals(StateYearScore.SCORED, s.status());
        // ΣD = 100 + 40 + 0 + 80 + 200 + 60 + 4 = 484 (rn's 500 and retired-unearned's 90 do not count)
        assertEquals(484, s.postings());
        assertEquals(d("49.30"), s.perHundredConcentrators());        // 493 × 100 / 1000
        assertEquals(d("9.86"), s.perThousandStudents());             // 493 × 1000 / 50000
        assertEquals(8, s.credentialsListed());
        assertEquals(Map.of(VERY_UNDERSUPPLIED, 3, VERY_OVERSUPPLIED, 3, SUPPLY_MEETS_DEMAND, 1,
                INSUFFICIENT_DATA, 1), s.categoryCounts());
        assertEquals(Set.of("sub-1"), s.submissionIds());
        assertEquals(Set.of("imp-1"), s.importIds());
    }

    @Test
    void deadEndsSayWhichTestFailedAndIncentiveDollarsAddUp() {
        StateYearScore s = scoreOhio();
        Map<String, CredentialScore> c = byId(s);
        // wage floor 0.8 × 45,000 = 36,000
        assertEquals(d("36000.00"), s.wageFloor());
        assertEquals(List.of("WAGE"), c.get("cna").deadEndTests());        // in demand, but 35,000 < 36,000
        assertEquals(List.of("DEMAND"), c.get("osha10").deadEndTests());   // no linked occupation: demand only
        assertEquals(List.of("DEMAND"), c.get("rn").deadEndTests());       // 80,000 passes the wage test
        assertEquals(List.of("WAGE"), c.get("cosmo").deadEndTests());      // 30,000 < 36,000
        assertEquals(List.of("DEMAND"), c.get("old-cert").deadEndTests());
        assertEquals(List.of(), c.get("tiny").deadEndTests());             // INSUFFICIENT_DATA: never a dead end
        assertEquals(List.of(), c.get("mos").deadEndTests());              // E = 0
        assertEquals(5, s.deadEnds());
        // on the list as of 30 June 2024: cna, cosmo (phasing out), old-cert (no date); osha10 approved later
        assertEquals(3, s.approvedListSize());
        assertTrue(c.get("cna").onApprovedList());
        assertFalse(c.get("osha10").onApprovedList());
        // incentive dollars on dead ends: cna 40 × 500 + cosmo (no amount) + old-cert 30 × 200 = 26,000
        assertEquals(0, d("26000").compareTo(s.incentiveDollarsOnDeadEnds()));
    }

    @Test
    void revalidationFlagsReviewAndConsiderAdding() {
        Map<String, RevalidationFlag> flags = scoreOhio().revalidation().stream()
                .collect(Collectors.toMap(RevalidationFlag::credentialId, f -> f));
        assertEquals(Set.of("cna", "cosmo", "old-cert", "mos"), flags.keySet());
        assertEquals("REVIEW", flags.get("cna").action());
        assertEquals(List.of("DEAD_END_WAGE"), flags.get("cna").reasons());
        assertEquals(List.of("DEAD_END_DEMAND", "VERY_OVERSUPPLIED"), flags.get("old-cert").reasons());
        // mos: in demand, secondary-appropriate, REMOVED from the list → consider adding; cdl is not appropriate
        assertEquals("CONSIDER_ADDING", flags.get("mos").action());
    }

    @Test
    void clustersCountACredentialInEachOfItsClusters() {
        Map<String, ClusterScore> clusters = scoreOhio().clusters().stream()
                .collect(Collectors.toMap(ClusterScore::cluster, c -> c));
        assertEquals(Set.of("AC", "AG", "BM", "HS", "HU", "IT", "MN", "TD"), clusters.keySet());
        // osha10 (300 earned, 40 postings) is in AC, MN, TD and AG
        assertEquals(new ClusterScore("AC", 1, 300, 0, 40, List.of()), clusters.get("AC"));
        assertEquals(new ClusterScore("AG", 1, 300, 0, 40, List.of()), clusters.get("AG"));
        assertEquals(330, clusters.get("MN").earned());                  // osha10 300 + old-cert 30
        assertEquals(100, clusters.get("TD").postings());                // osha10 40 + cdl 60
        ClusterScore hs = clusters.get("HS");                            // cna 40 (in demand) + rn 20
        assertEquals(2, hs.credentials());
        assertEquals(60, hs.earned());
        assertEquals(40, hs.earnedInDemand());
        assertEquals(List.of("29-1141", "31-1131"), hs.occupations().stream().map(Occupation::soc).toList());
        // overlap: the clusters' earned add up to more than the state's 493
        assertEquals(1393, clusters.values().stream().mapToLong(ClusterScore::earned).sum());
    }

    @Test
    void moreLevelsCountMoreEarned() {
        MethodologyParameters d = MethodologyParameters.defaults();
        MethodologyParameters both = new MethodologyParameters("v1", List.of("SECONDARY", "POSTSECONDARY"),
                d.ratioEdges(), d.minVolume(), d.inDemandMinPostings(), d.weightEarnedInDemand(),
                d.weightInDemandEarned(), d.weightDataCollection(), d.alignmentEdges(), d.wageFloorRatio(),
                d.vendorAgreementsForPoint(), d.minCellSize());
        StateYearScore s = new StateYearScorer(both, CATALOG, OCCUPATIONS).score(ohio(both));
        assertEquals(498, s.credentialsEarned());   // cna counts 45
    }

    @Test
    void aStateWithNoDataIsNoDataAndUnscored() {
        StateYearScore s = new StateYearScorer(MethodologyParameters.defaults(), CATALOG, OCCUPATIONS)
                .score(new Inputs.StateYear("VT", 2024, List.of(), List.of(), null, null, List.of(), Set.of(),
                        Set.of(), true));
        assertEquals(StateYearScore.NO_DATA, s.status());
        assertEquals(StateYearScore.NO_ATTAINMENT, s.noDataReason());
        assertNull(s.alignmentScore());
        assertEquals(AlignmentCategory.NO_DATA, s.alignmentCategory());
        assertEquals(MapCategory.NO_DATA, s.mapCategory());
        assertNull(s.pctEarnedInDemand());
        assertNull(s.pctInDemandNotEarned());
        assertEquals(List.of(), s.credentials());
    }

    @Test
    void earnedWithoutAnyDemandIsNoDemandAndAMissingProfileScoresZeroDataCollection() {
        StateYearScore s = new StateYearScorer(MethodologyParameters.defaults(), CATALOG, OCCUPATIONS)
                .score(new Inputs.StateYear("WY", 2024, List.of(new Attainment("osha10", 25, 0)), List.of(), null,
                        null, List.of(), Set.of("sub-9"), Set.of(), true));
        assertEquals(StateYearScore.NO_DATA, s.status());
        assertEquals(StateYearScore.NO_DEMAND, s.noDataReason());
        assertEquals(0, s.dataCollectionScore());
        assertEquals(MapCategory.SECONDARY, s.mapCategory());   // no profile, attainment data exist
        assertNull(s.perHundredConcentrators());
        assertEquals(List.of("DEMAND"), byId(s).get("osha10").deadEndTests());
    }

    @Test
    void aScoreOfExactlyFiftyIsModeratelyAligned() {
        // cna E 70 D 100 (in demand), osha10 E 30 D 0, mos E 0 D 60 (in demand, not earned), no profile
        // pctEarnedInDemand = 70/100 = 0.7; pctInDemandNotEarned = 1/2 = 0.5
        // score = 100 × (0.5·0.7 + 0.3·0.5 + 0.2·0/5) = 50.00
        StateYearScore s = new StateYearScorer(MethodologyParameters.defaults(), CATALOG, OCCUPATIONS)
                .score(new Inputs.StateYear("KS", 2024,
                        List.of(new Attainment("cna", 70, 0), new Attainment("osha10", 30, 0)),
                        List.of(new Demand("cna", 100, "DIRECT"), new Demand("mos", 60, "SOFTWARE")), null, null,
                        List.of(), Set.of(), Set.of(), true));
        assertEquals(d("50.00"), s.alignmentScore());
        assertEquals(AlignmentCategory.MODERATELY_ALIGNED, s.alignmentCategory());
    }
}
