package org.credalign.alignment.domain;

/** The five supply/demand labels of Credentials Matter plus the "too few to judge" one. */
public enum SupplyDemandCategory {
    VERY_UNDERSUPPLIED, MODERATELY_UNDERSUPPLIED, SUPPLY_MEETS_DEMAND, MODERATELY_OVERSUPPLIED, VERY_OVERSUPPLIED,
    /** E + D below minVolume: not scored and never a dead end. */
    INSUFFICIENT_DATA
}
