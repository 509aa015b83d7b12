package org.credalign.attainment.domain;

import java.util.Set;
import java.util.function.Predicate;

/** What validation needs to know of the catalog replica, loaded once per submission. */
public interface CatalogView {

    String ACTIVE = "ACTIVE";
    String RETIRED = "RETIRED";

    /** {@code ACTIVE} or {@code RETIRED}; null when the credential is not in the catalog. */
    String status(String credentialId);

    /** The credential an external code ({@code codeSystem} + {@code code}) names, or null. */
    String credentialOfCode(String codeSystem, String code);

    /** The credentials on the state's approved list; null when no list is known for the state. */
    Set<String> approvedList();

    /** Only knows which ids exist (all active), no codes, no approved list. */
    static CatalogView ofKnown(Predicate<String> known) {
        return new CatalogView() {
            @Override
            public String status(String credentialId) {
                return known.test(credentialId) ? ACTIVE : null;
            }

            @Override
            public String credentialOfCode(String codeSystem, String code) {
                return null;
            }

            @Override
            public Set<String> approvedList() {
                return null;
            }
        };
    }
}
