package org.credalign.attainment.messaging;

/** Event on {@code attainment.state-profiles.v1}, key {@code STATE:YEAR}: the full profile of a state-year. */
public record StateProfileChanged(String state, String schoolYear, boolean collectsSecondary,
        boolean collectsPostsecondary, int vendorDataSharingAgreements, boolean credentialsInEssaPlan,
        boolean incentivePolicy, boolean maintainsApprovedList, Integer yearsOfDataAvailable,
        Integer highSchoolEnrollment, Integer cteConcentrators, long version, String changedBy) {

    public static final String TOPIC = "attainment.state-profiles.v1";
    public static final String TYPE = "org.credalign.attainment.StateProfileChanged.v1";

    public String key() {
        return state + ":" + schoolYear;
    }
}
