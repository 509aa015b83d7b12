package org.credalign.alignment.domain;

/** How well a state-year's credentials earned match demand, from its alignment score. */
public enum AlignmentCategory {
    HIGHLY_ALIGNED, MODERATELY_ALIGNED, MINIMALLY_ALIGNED, NOT_ALIGNED, NO_DATA
}
