package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

/** The facts scoring reads, as plain values (filled from the read model by the service layer). */
public final class Inputs {

    private Inputs() {
    }

    public static final String LICENSE = "LICENSE";
    public static final String SOFTWARE = "SOFTWARE";

    /** A credential of the catalog. {@code requiredInStates} empty means a license is required everywhere. */
    public record CatalogCredential(String id, String name, String type, boolean retired, List<String> clusters,
            List<String> occupations, boolean secondaryAppropriate, List<String> requiredInStates) {

        public boolean isLicense() {
            return LICENSE.equals(type);
        }

        /** A license counts demand only where it is required (empty list: everywhere). */
        public boolean licenseRequiredIn(String state) {
            return requiredInStates == null || requiredInStates.isEmpty() || requiredInStates.contains(state);
        }

        /** The basis a credential's demand has when the demand feed has no row for it. */
        public String defaultBasis() {
            return switch (type) {
                case LICENSE -> "LICENSED_OCCUPATION";
                case SOFTWARE -> "SOFTWARE";
                default -> "DIRECT";
            };
        }
    }

    /** An occupation (SOC) with its labour-market figures; any figure may be unknown. */
    public record Occupation(String soc, String title, BigDecimal medianAnnualWage, Integer employment,
            BigDecimal projectedGrowthPct, List<String> clusters) {
    }

    /** A state's data-collection practices and denominators for one school year. */
    public record StateProfile(boolean collectsSecondary, boolean collectsPostsecondary,
            int vendorDataSharingAgreements, boolean credentialsInEssaPlan, boolean incentivePolicy,
            boolean maintainsApprovedList, Integer highSchoolEnrollment, Integer cteConcentrators) {
    }

    /** One entry of a state's approved list as the catalog holds it now. */
    public record ApprovalEntry(String credentialId, String status, LocalDate approvedOn, LocalDate reviewDue,
            BigDecimal incentiveAmount) {

        /**
         * On the list "as of" a school year = on 30 June of its ending year: not removed, and approved on or before
         * that day (an unknown approval date counts as approved). The catalog keeps only the current list, so an
         * entry removed after that day is not seen as of earlier years (a known limit of v1).
         */
        public boolean onListAsOf(int schoolYearEnd) {
            if ("REMOVED".equals(status)) {
                return false;
            }
            return approvedOn == null || !approvedOn.isAfter(LocalDate.of(schoolYearEnd, Month.JUNE, 30));
        }
    }

    /** Earned counts of one credential in a state-year (ALL subgroup), per level. */
    public record Attainment(String credentialId, long earnedSecondary, long earnedPostsecondary) {
    }

    /** Postings requesting one credential in a state and calendar year, with the basis the demand feed gave. */
    public record Demand(String credentialId, long postings, String basis) {
    }

    /** Everything known about one state and school year. */
    public record StateYear(String state, int schoolYear, List<Attainment> attainment, List<Demand> demand,
            StateProfile profile, BigDecimal stateMedianWage, List<ApprovalEntry> approvals,
            Set<String> submissionIds, Set<String> importIds, boolean attainmentComplete) {
    }
}
