package org.credalign.alignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import org.credalign.alignment.domain.MethodologyParameters;

/** Every parameter of METHODOLOGY.md, configurable as {@code alignment.methodology.*}; defaults are v1's. */
@ConfigMapping(prefix = "alignment.methodology")
public interface MethodologyConfig {

    @WithDefault("v1")
    String version();

    /** Attainment levels counted as earned (E). */
    @WithDefault("SECONDARY")
    List<String> levels();

    /** Edges of E/D between the five supply/demand categories (strictly increasing, > 0). */
    @WithDefault("0.5,0.8,1.25,2.0")
    List<BigDecimal> ratioEdges();

    @WithDefault("10")
    int minVolume();

    @WithDefault("50")
    int inDemandMinPostings();

    Weights weights();

    /** Score edges of MINIMALLY, MODERATELY and HIGHLY aligned. */
    @WithDefault("25,50,75")
    List<BigDecimal> alignmentEdges();

    @WithDefault("0.8")
    BigDecimal wageFloorRatio();

    @WithDefault("2")
    int vendorAgreementsForPoint();

    @WithDefault("10")
    int minCellSize();

    /** Weights of the alignment score's three terms (≥ 0, summing to 1). */
    interface Weights {
        @WithDefault("0.5")
        BigDecimal earnedInDemand();

        @WithDefault("0.3")
        BigDecimal inDemandEarned();

        @WithDefault("0.2")
        BigDecimal dataCollection();
    }

    default MethodologyParameters toParameters() {
        return new MethodologyParameters(version(), levels(), ratioEdges(), minVolume(), inDemandMinPostings(),
                weights().earnedInDemand(), weights().inDemandEarned(), weights().dataCollection(), alignmentEdges(),
                wageFloorRatio(), vendorAgreementsForPoint(), minCellSize());
    }
}
