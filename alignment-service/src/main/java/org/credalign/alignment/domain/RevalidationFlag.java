package org.credalign.alignment.domain;

import java.util.List;

/**
 * A decision suggested for a state's approved list: {@code REVIEW} an approved credential that is a dead end or
 * very oversupplied, or {@code CONSIDER_ADDING} an in-demand, secondary-appropriate credential not on the list.
 */
public record RevalidationFlag(String credentialId, String name, String action, List<String> reasons,
        CredentialScore credential, Inputs.ApprovalEntry approval) {

    public static final String REVIEW = "REVIEW";
    public static final String CONSIDER_ADDING = "CONSIDER_ADDING";
}
