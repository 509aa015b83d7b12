package org.credalign.demand.messaging;

import java.math.BigDecimal;
import java.util.List;
import org.credalign.demand.domain.Occupation;

/** Event on {@code demand.occupations.v1}, key = SOC code: the occupation's full state after a change. */
public record OccupationChanged(String soc, String title, Integer medianAnnualWage, Integer employment,
        BigDecimal projectedGrowthPct, List<String> clusters, boolean removed, long version, String changedBy) {

    public static final String TOPIC = "demand.occupations.v1";
    public static final String TYPE = "org.credalign.demand.OccupationChanged.v1";

    public static OccupationChanged of(Occupation o) {
        return new OccupationChanged(o.soc, o.title, o.medianAnnualWage, o.employment, o.projectedGrowthPct,
                o.clusters, false, o.version, o.changedBy);
    }
}
