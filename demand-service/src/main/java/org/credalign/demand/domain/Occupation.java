package org.credalign.demand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Standard Occupational Classification occupation with its labor-market figures. */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    public String soc;
    public String title;
    @Column(name = "median_annual_wage")
    public Integer medianAnnualWage;
    public Integer employment;
    @Column(name = "projected_growth_pct")
    public BigDecimal projectedGrowthPct;
    /** Career Cluster codes the occupation belongs to. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> clusters;
    /** Version of its last OccupationChanged event (from the event_version sequence). */
    public long version;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
