package org.credalign.demand.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that decides a credential's demand in a state and calendar year (METHODOLOGY.md "Inputs",
 * Credentials Matter's rules):
 * <ul>
 * <li>a license: the summed postings of its linked occupations in the state, where the license is required there
 * (an empty {@code requiredInStates} means every state); elsewhere 0 with basis {@code NOT_REQUIRED_HERE}. It has a
 * value only for state-years with occupation postings; its own credential postings never count;</li>
 * <li>a software credential: the credential postings, basis {@code SOFTWARE};</li>
 * <li>every other type (certification, CTE assessment, general career readiness, and any type the catalog adds
 * later): the credential postings, basis {@code DIRECT}.</li>
 * </ul>
 * No value (empty) means there is no demand data for the key, which is different from zero demand.
 */
public final class DemandRule {

    private DemandRule() {
    }

    /**
     * @param credentialPostings  the vendor's postings for the credential in the state-year, null when none delivered
     * @param occupationPostings  the postings per SOC delivered for the state-year, null when the state-year has no
     *                            occupation postings at all (a SOC missing from a delivered state-year counts 0)
     */
    public static Optional<DerivedDemand> derive(CredentialProfile credential, String state, Long credentialPostings,
            Map<String, Long> occupationPostings) {
        if (credential.isLicense()) {
            if (occupationPostings == null) {
                return Optional.empty();
            }
            if (!credential.requiredInStates().isEmpty() && !credential.requiredInStates().contains(state)) {
                return Optional.of(new DerivedDemand(0, DemandBasis.NOT_REQUIRED_HERE));
            }
            long sum = 0;
            // A SOC listed twice in the catalog must not count its postings twice.
            for (String soc : new LinkedHashSet<>(credential.occupations())) {
                sum += occupationPostings.getOrDefault(soc, 0L);
            }
            return Optional.of(new DerivedDemand(sum, DemandBasis.LICENSED_OCCUPATION));
        }
        if (credentialPostings == null) {
            return Optional.empty();
        }
        DemandBasis basis = CredentialProfile.SOFTWARE.equals(credential.type()) ? DemandBasis.SOFTWARE
                : DemandBasis.DIRECT;
        return Optional.of(new DerivedDemand(credentialPostings, basis));
    }
}
