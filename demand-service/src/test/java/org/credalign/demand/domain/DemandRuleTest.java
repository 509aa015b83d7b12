package org.credalign.demand.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demand rule with hand-computed examples, one per basis and edge. */
class DemandRuleTest {

    private static final Map<String, Long> NJ_OCCUPATIONS = Map.of("31-1131", 8420L, "31-1122", 1500L,
            "39-5012", 1210L);

    private static CredentialProfile credential(String type, List<String> socs, List<String> requiredIn) {
        return new CredentialProfile("c", type, socs, requiredIn);
    }

    @Test
    void certificationsCteAssessmentsAndGeneralReadinessCountTheirOwnPostingsDirectly() {
        for (String type : List.of("CERTIFICATION", "CTE_ASSESSMENT", "GENERAL_CAREER_READINESS")) {
            assertEquals(Optional.of(new DerivedDemand(5120, DemandBasis.DIRECT)),
                    DemandRule.derive(credential(type, List.of("15-1232"), List.of()), "NJ", 5120L, NJ_OCCUPATIONS),
                    type);
        }
    }

    @Test
    void softwareCountsThePostingsAskingForTheSoftware() {
        assertEquals(Optional.of(new DerivedDemand(109_358, DemandBasis.SOFTWARE)),
                DemandRule.derive(credential("SOFTWARE", List.of("43-6014"), List.of()), "NJ", 109_358L, null));
    }

    @Test
    void zeroPostingsDeliveredIsZeroDemandButNoneDeliveredIsNoValue() {
        assertEquals(Optional.of(new DerivedDemand(0, DemandBasis.DIRECT)),
                DemandRule.derive(credential("CERTIFICATION", List.of(), List.of()), "NJ", 0L, null));
        assertEquals(Optional.empty(),
                DemandRule.derive(credential("CERTIFICATION", List.of(), List.of()), "NJ", null, NJ_OCCUPATIONS));
    }

    @Test
    void aLicenseRequiredEverywhereSumsItsOccupationsPostings() {
        // 8420 + 1500 = 9920; 39-5012 is not linked.
        assertEquals(Optional.of(new DerivedDemand(9920, DemandBasis.LICENSED_OCCUPATION)),
                DemandRule.derive(credential("LICENSE", List.of("31-1131", "31-1122"), List.of()), "NJ", null,
                        NJ_OCCUPATIONS));
    }

    @Test
    void aLicenseIgnoresItsOwnCredentialPostings() {
        assertEquals(Optional.of(new DerivedDemand(8420, DemandBasis.LICENSED_OCCUPATION)),
                DemandRule.derive(credential("LICENSE", List.of("31-1131"), List.of("NJ")), "NJ", 77L,
                        NJ_OCCUPATIONS));
    }

    @Test
    void aLicenseNotRequiredInTheStateHasZeroDemand() {
        assertEquals(Optional.of(new DerivedDemand(0, DemandBasis.NOT_REQUIRED_HERE)),
                DemandRule.derive(credential("LICENSE", List.of("31-1131"), List.of("NY", "PA")), "NJ", null,
                        NJ_OCCUPATIONS));
    }

    @Test
    void aLicenseWhoseOccupationsHaveNoPostingsInADeliveredStateYearHasZero() {
        assertEquals(Optional.of(new DerivedDemand(0, DemandBasis.LICENSED_OCCUPATION)),
                DemandRule.derive(credential("LICENSE", List.of("53-3032"), List.of()), "NJ", null, NJ_OCCUPATIONS));
        assertEquals(Optional.of(new DerivedDemand(0, DemandBasis.LICENSED_OCCUPATION)),
                DemandRule.derive(credential("LICENSE", List.of(), List.of()), "NJ", null, NJ_OCCUPATIONS));
    }

    @Test
    void aLicenseHasNoValueWhereNoOccupationPostingsWereDelivered() {
        assertEquals(Optional.empty(),
                DemandRule.derive(credential("LICENSE", List.of("31-1131"), List.of()), "NJ", 5L, null));
        assertEquals(Optional.empty(),
                DemandRule.derive(credential("LICENSE", List.of("31-1131"), List.of("NY")), "NJ", null, null));
    }

    @Test
    void aSocListedTwiceInTheCatalogCountsOnce() {
        assertEquals(Optional.of(new DerivedDemand(1210, DemandBasis.LICENSED_OCCUPATION)),
                DemandRule.derive(credential("LICENSE", List.of("39-5012", "39-5012"), List.of()), "NJ", null,
                        NJ_OCCUPATIONS));
    }

    @Test
    void aTypeTheCatalogAddsLaterCountsItsPostingsDirectly() {
        assertEquals(Optional.of(new DerivedDemand(12, DemandBasis.DIRECT)),
                DemandRule.derive(credential("APPRENTICESHIP", List.of(), List.of()), "NJ", 12L, null));
    }

    @Test
    void derivationInputsAreTypeOccupationsAndRequiredStatesInAnyOrder() {
        CredentialProfile license = credential("LICENSE", List.of("31-1131", "31-1122"), List.of("NJ", "NY"));
        assertFalse(license.derivationInputsDiffer(credential("LICENSE", List.of("31-1122", "31-1131"),
                List.of("NY", "NJ"))));
        assertTrue(license.derivationInputsDiffer(null));
        assertTrue(license.derivationInputsDiffer(credential("CERTIFICATION", List.of("31-1131", "31-1122"),
                List.of("NJ", "NY"))));
        assertTrue(license.derivationInputsDiffer(credential("LICENSE", List.of("31-1131"), List.of("NJ", "NY"))));
        assertTrue(license.derivationInputsDiffer(credential("LICENSE", List.of("31-1131", "31-1122"),
                List.of())));
    }
}
