package org.credalign.commons.api;

import java.util.Set;


/** USPS codes of the 50 states and DC: the jurisdictions CredAlign reports on. */
public final class UsStates {

    public static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    private UsStates() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** Returns the code when known; otherwise the request names a jurisdiction that does not exist (404). */
    public static String require(String code) {
        if (!isKnown(code)) {
            throw org.credalign.commons.problem.ProblemException.notFound("unknown state '" + code
                    + "': use a USPS code of the 50 states or DC, upper case (e.g. NJ)");
        }
        return code;
    }
}
