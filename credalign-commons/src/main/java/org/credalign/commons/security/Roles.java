package org.credalign.commons.security;

/** Roles carried in the JWT {@code groups} claim. */
public final class Roles {

    /** Edits the credential catalog. */
    public static final String CATALOG_ADMIN = "catalog-admin";
    /** Imports labor-market demand. */
    public static final String DEMAND_ADMIN = "demand-admin";
    /** A state data system; its token carries a {@code state} claim and may write only that state's data. */
    public static final String STATE_SUBMITTER = "state-submitter";

    /** The claim naming the one state a state-submitter token may write. */
    public static final String STATE_CLAIM = "state";

    private Roles() {
    }
}
