package org.credalign.alignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AlignmentMathTest {

    private final MethodologyParameters p = MethodologyParameters.defaults();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void fractionsKeepFourDecimalsHalfUp() {
        assertEquals(d("0.3333"), AlignmentMath.fraction(1, 3));
        assertEquals(d("0.6667"), AlignmentMath.fraction(2, 3));
        assertEquals(d("0.2840"), AlignmentMath.fraction(140, 493)); // 0.28397...
        assertNull(AlignmentMath.fraction(1, 0));
    }

    @Test
    void scoreFromHandComputedTerms() {
        // 100 × (0.5·0.2840 + 0.3·(1 − 0.3333) + 0.2·3/5) = 100 × (0.1420 + 0.20001 + 0.12) = 46.201 → 46.20
        assertEquals(d("46.20"), AlignmentMath.alignmentScore(p, d("0.2840"), d("0.3333"), 3));
        // a null pctInDemandNotEarned contributes 0: 100 × (0.5·1 + 0 + 0.2·5/5) = 70.00
        assertEquals(d("70.00"), AlignmentMath.alignmentScore(p, d("1.0000"), null, 5));
        // exactly 50: 100 × (0.5·0.7 + 0.3·0.5) = 50.00
        assertEquals(d("50.00"), AlignmentMath.alignmentScore(p, d("0.7000"), d("0.5000"), 0));
    }

    @Test
    void categoryEdgesAreInclusiveLowerBounds() {
        assertEquals(AlignmentCategory.HIGHLY_ALIGNED, AlignmentMath.category(p, d("75.00")));
        assertEquals(AlignmentCategory.MODERATELY_ALIGNED, AlignmentMath.category(p, d("74.99")));
        assertEquals(AlignmentCategory.MODERATELY_ALIGNED, AlignmentMath.category(p, d("50.00")));
        assertEquals(AlignmentCategory.MINIMALLY_ALIGNED, AlignmentMath.category(p, d("49.99")));
        assertEquals(AlignmentCategory.MINIMALLY_ALIGNED, AlignmentMath.category(p, d("25.00")));
        assertEquals(AlignmentCategory.NOT_ALIGNED, AlignmentMath.category(p, d("24.99")));
        assertEquals(AlignmentCategory.NO_DATA, AlignmentMath.category(p, null));
    }

    @Test
    void dataCollectionScoreCountsOnePointPerPractice() {
        assertEquals(0, AlignmentMath.dataCollectionScore(p, null));
        assertEquals(5, AlignmentMath.dataCollectionScore(p,
                new Inputs.StateProfile(true, true, 2, true, true, true, null, null)));
        assertEquals(4, AlignmentMath.dataCollectionScore(p,
                new Inputs.StateProfile(true, true, 1, true, true, true, null, null)));
        assertEquals(1, AlignmentMath.dataCollectionScore(p,
                new Inputs.StateProfile(false, false, 7, false, false, false, null, null)));
    }

    @Test
    void mapCategoryFollowsProfileThenAttainmentThenList() {
        var both = new Inputs.StateProfile(true, true, 0, false, false, false, null, null);
        var secondary = new Inputs.StateProfile(true, false, 0, false, false, false, null, null);
        var listOnly = new Inputs.StateProfile(false, false, 0, false, false, true, null, null);
        var nothing = new Inputs.StateProfile(false, true, 0, false, false, false, null, null);
        assertEquals(MapCategory.SECONDARY_AND_POSTSECONDARY, AlignmentMath.mapCategory(both, false, false));
        assertEquals(MapCategory.SECONDARY, AlignmentMath.mapCategory(secondary, false, false));
        assertEquals(MapCategory.LIST, AlignmentMath.mapCategory(listOnly, true, false));
        assertEquals(MapCategory.LIST, AlignmentMath.mapCategory(nothing, false, true));
        assertEquals(MapCategory.NO_DATA, AlignmentMath.mapCategory(nothing, false, false));
        // without a profile
        assertEquals(MapCategory.SECONDARY, AlignmentMath.mapCategory(null, true, false));
        assertEquals(MapCategory.LIST, AlignmentMath.mapCategory(null, false, true));
        assertEquals(MapCategory.NO_DATA, AlignmentMath.mapCategory(null, false, false));
    }

    @Test
    void perConcentratorAndPerStudentAreNullWithoutADenominator() {
        assertEquals(d("49.30"), AlignmentMath.per(493, 100, 1000));
        assertEquals(d("9.86"), AlignmentMath.per(493, 1000, 50000));
        assertNull(AlignmentMath.per(493, 100, null));
        assertNull(AlignmentMath.per(493, 100, 0));
    }
}
