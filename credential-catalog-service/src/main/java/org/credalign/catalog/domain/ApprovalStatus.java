package org.credalign.catalog.domain;

/** Where a credential stands on a state's approved list. REMOVED entries are kept so the removal is visible. */
public enum ApprovalStatus {
    APPROVED, UNDER_REVIEW, PHASING_OUT, REMOVED
}
