package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One credential in one state-year. {@code earnedCounted} is E (the levels of the methodology), the number every
 * figure uses; {@code earnedSecondary}/{@code earnedPostsecondary} are shown for reference. A credential unknown to
 * the catalog is listed (flag {@code notInCatalog}) but has no category and counts nowhere.
 */
public record CredentialScore(String credentialId, String name, String type, boolean inCatalog, boolean retired,
        boolean secondaryAppropriate, List<String> clusters, long earnedSecondary, long earnedPostsecondary,
        long earnedCounted, long demanded, String demandBasis, BigDecimal ratio, SupplyDemandCategory category,
        boolean inDemand, List<String> flags, List<String> deadEndTests, BigDecimal bestOccupationWage,
        boolean onApprovedList, BigDecimal incentiveAmount, BigDecimal incentiveDollars) {

    public static final String FLAG_NO_DEMAND = "noDemand";
    public static final String FLAG_NOT_EARNED = "notEarned";
    public static final String FLAG_NOT_SECONDARY_APPROPRIATE = "notSecondaryAppropriate";
    public static final String FLAG_RETIRED = "retired";
    public static final String FLAG_NOT_IN_CATALOG = "notInCatalog";
    public static final String FLAG_NOT_REQUIRED_HERE = "notRequiredHere";
    public static final String TEST_DEMAND = "DEMAND";
    public static final String TEST_WAGE = "WAGE";

    public boolean deadEnd() {
        return !deadEndTests.isEmpty();
    }

    /** Whether the credential takes part in the state's figures (catalog credentials with a category). */
    public boolean counted() {
        return inCatalog && category != null;
    }
}
