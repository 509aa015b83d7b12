package org.credalign.catalog.service;

import java.util.List;
import org.credalign.commons.problem.ProblemException;

/**
 * What a write expects the current version to be (the {@code If-Match} header): a version, any version
 * ({@code *}), or no expectation at all (a write where If-Match is optional and absent).
 */
public record Precondition(Long version, boolean any) {

    public static final Precondition NONE = new Precondition(null, true);

    /** 412 unless the expectation holds for the credential's current version. */
    public void check(String what, long currentVersion) {
        if (!any && (version == null || version != currentVersion)) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "'" + what + "' is at version " + currentVersion + ", not the version in If-Match ("
                            + (version == null ? "unreadable" : version) + "); read it again and retry",
                    List.of());
        }
    }
}
