package org.credalign.alignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.credalign.alignment.domain.NationAggregator.CredentialSums;
import org.credalign.alignment.domain.NationAggregator.NationScore;
import org.credalign.alignment.domain.NationAggregator.StateContribution;
import org.junit.jupiter.api.Test;

class NationAggregatorTest {

    private final NationAggregator nation = new NationAggregator(MethodologyParameters.defaults());

    @Test
    void nationSumsStateCountsAndNeverJudgesDemandOnSummedPostings() {
        NationScore n = nation.aggregate(2024,
                List.of(new StateContribution("OH", 100, 70, 400, 2, 1, 1000, null),
                        new StateContribution("NJ", 300, 30, 200, 3, 0, null, 20000)),
                // 30 + 30 postings: in demand in neither state (each < 50) though the sum (60) would be
                List.of(new CredentialSums("welder", "Welder", "CERTIFICATION", 60, 60, 0),
                        new CredentialSums("osha10", "OSHA 10", "GENERAL_CAREER_READINESS", 5, 3, 0)));
        assertEquals(2, n.statesScored());
        assertEquals(new BigDecimal("0.2500"), n.pctEarnedInDemand());      // (70 + 30) / (100 + 300)
        assertEquals(new BigDecimal("0.2000"), n.pctInDemandNotEarned());   // (1 + 0) / (2 + 3)
        assertEquals(400, n.credentialsEarned());
        assertEquals(600, n.postings());
        // per-student totals over the states that report the denominator only
        assertEquals(new BigDecimal("10.00"), n.perHundredConcentrators()); // OH: 100 × 100 / 1000
        assertEquals(1, n.statesWithConcentrators());
        assertEquals(new BigDecimal("15.00"), n.perThousandStudents());     // NJ: 300 × 1000 / 20000
        NationAggregator.NationCredential welder = n.credentials().get(0);
        assertEquals(SupplyDemandCategory.SUPPLY_MEETS_DEMAND, welder.category()); // 60 / 60
        assertEquals(0, welder.statesInDemand());
        assertEquals(SupplyDemandCategory.INSUFFICIENT_DATA, n.credentials().get(1).category()); // 5 + 3 < 10
    }

    @Test
    void aYearWithoutScoredStatesHasNullFigures() {
        NationScore n = nation.aggregate(2024, List.of(), List.of());
        assertEquals(0, n.statesScored());
        assertEquals(null, n.pctEarnedInDemand());
        assertEquals(null, n.pctInDemandNotEarned());
        assertEquals(null, n.perHundredConcentrators());
    }
}
