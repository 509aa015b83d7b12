package org.credalign.demand.domain;

import java.util.regex.Pattern;

/** Standard Occupational Classification codes are written {@code NN-NNNN} (e.g. 15-1232). */
public final class SocCode {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}-\\d{4}");
    public static final String RULE = "must be a SOC code of the form NN-NNNN (e.g. 15-1232)";

    private SocCode() {
    }

    public static boolean isValid(String soc) {
        return soc != null && FORMAT.matcher(soc).matches();
    }
}
