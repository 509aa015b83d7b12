package org.credalign.alignment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodologyParametersTest {

    private static MethodologyParameters with(List<BigDecimal> edges, int minVolume, String w1, String w2, String w3) {
        MethodologyParameters d = MethodologyParameters.defaults();
        return new MethodologyParameters(d.version(), d.levels(), edges, minVolume, d.inDemandMinPostings(),
                new BigDecimal(w1), new BigDecimal(w2), new BigDecimal(w3), d.alignmentEdges(), d.wageFloorRatio(),
                d.vendorAgreementsForPoint(), d.minCellSize());
    }

    private static List<BigDecimal> edges(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), MethodologyParameters.defaults().problems());
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertTrue(with(edges("0.5", "0.8", "0.8", "2"), 10, "0.5", "0.3", "0.2").problems().get(0)
                .startsWith("ratio-edges must be strictly increasing"));
        assertTrue(with(edges("0", "0.8", "1.25", "2"), 10, "0.5", "0.3", "0.2").problems().get(0)
                .startsWith("ratio-edges must all be > 0"));
        assertTrue(with(edges("0.5", "0.8", "1.25"), 10, "0.5", "0.3", "0.2").problems().get(0)
                .startsWith("ratio-edges must have exactly 4 values"));
        assertTrue(with(edges("0.5", "0.8", "1.25", "2"), 0, "0.5", "0.3", "0.2").problems().get(0)
                .startsWith("min-volume must be ≥ 1"));
        assertTrue(with(edges("0.5", "0.8", "1.25", "2"), 10, "0.5", "0.3", "0.1").problems().get(0)
                .startsWith("weights must sum to 1"));
        assertTrue(with(edges("0.5", "0.8", "1.25", "2"), 10, "1.2", "-0.2", "0").problems().get(0)
                .startsWith("weights must all be ≥ 0"));
    }

    @Test
    void theHashChangesWithAnyParameterButNotWithNumberFormatting() {
        MethodologyParameters defaults = MethodologyParameters.defaults();
        String hash = defaults.hash();
        assertEquals(16, hash.length());
        assertEquals(hash, with(edges("0.50", "0.80", "1.250", "2"), 10, "0.50", "0.3", "0.20").hash());
        assertNotEquals(hash, with(defaults.ratioEdges(), 11, "0.5", "0.3", "0.2").hash());
        assertNotEquals(hash, with(defaults.ratioEdges(), 10, "0.4", "0.4", "0.2").hash());
    }
}
