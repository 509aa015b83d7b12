package org.credalign.alignment.domain;

import static org.credalign.alignment.domain.SupplyDemandCategory.INSUFFICIENT_DATA;
import static org.credalign.alignment.domain.SupplyDemandCategory.MODERATELY_OVERSUPPLIED;
import static org.credalign.alignment.domain.SupplyDemandCategory.MODERATELY_UNDERSUPPLIED;
import static org.credalign.alignment.domain.SupplyDemandCategory.SUPPLY_MEETS_DEMAND;
import static org.credalign.alignment.domain.SupplyDemandCategory.VERY_OVERSUPPLIED;
import static org.credalign.alignment.domain.SupplyDemandCategory.VERY_UNDERSUPPLIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SupplyDemandTest {

    private final SupplyDemand rules = new SupplyDemand(MethodologyParameters.defaults());

    private SupplyDemandCategory category(long earned, long demanded) {
        return rules.classify(earned, demanded).category();
    }

    @Test
    void ratiosExactlyOnAnEdgeFallOnTheDocumentedSide() {
        assertEquals(VERY_UNDERSUPPLIED, category(49, 100));        // 0.49 < 0.5
        assertEquals(MODERATELY_UNDERSUPPLIED, category(50, 100));  // 0.5 ≤ ratio
        assertEquals(MODERATELY_UNDERSUPPLIED, category(79, 100));
        assertEquals(SUPPLY_MEETS_DEMAND, category(80, 100));       // 0.8 ≤ ratio
        assertEquals(SUPPLY_MEETS_DEMAND, category(125, 100));      // ratio ≤ 1.25
        assertEquals(MODERATELY_OVERSUPPLIED, category(126, 100));
        assertEquals(MODERATELY_OVERSUPPLIED, category(200, 100));  // ratio ≤ 2.0
        assertEquals(VERY_OVERSUPPLIED, category(201, 100));
        // 1/3 is never exactly representable; compared as 1·1 < 0.5·3 it is clearly under 0.5
        assertEquals(VERY_UNDERSUPPLIED, category(10, 30));
        // 2/1 exactly 2.0 with small numbers
        assertEquals(MODERATELY_OVERSUPPLIED, category(20, 10));
    }

    @Test
    void bothZeroIsNotListed() {
        assertNull(rules.classify(0, 0));
    }

    @Test
    void underMinVolumeIsInsufficientDataWhateverTheRatio() {
        assertEquals(INSUFFICIENT_DATA, category(9, 0));   // 9 < 10, even with no demand
        assertEquals(INSUFFICIENT_DATA, category(0, 9));
        assertEquals(INSUFFICIENT_DATA, category(5, 4));
        assertEquals(SUPPLY_MEETS_DEMAND, category(5, 5)); // 10 = minVolume is enough
    }

    @Test
    void zeroDemandIsVeryOversuppliedWithNoDemandFlag() {
        SupplyDemand.Classification c = rules.classify(10, 0);
        assertEquals(VERY_OVERSUPPLIED, c.category());
        assertTrue(c.noDemand());
        assertFalse(c.notEarned());
    }

    @Test
    void zeroEarnedIsVeryUndersuppliedWithNotEarnedFlag() {
        SupplyDemand.Classification c = rules.classify(0, 10);
        assertEquals(VERY_UNDERSUPPLIED, c.category());
        assertTrue(c.notEarned());
        assertFalse(c.noDemand());
    }

    @Test
    void inDemandFromFiftyPostings() {
        assertFalse(rules.inDemand(49));
        assertTrue(rules.inDemand(50));
    }

    @Test
    void ratioIsRoundedHalfUpToFourDecimalsAndNullWithoutDemand() {
        assertEquals(new BigDecimal("0.3333"), SupplyDemand.ratio(1, 3));
        assertEquals(new BigDecimal("0.6667"), SupplyDemand.ratio(2, 3));
        assertEquals(new BigDecimal("1.2500"), SupplyDemand.ratio(100, 80));
        assertNull(SupplyDemand.ratio(5, 0));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rules.classify(-1, 10));
    }
}
