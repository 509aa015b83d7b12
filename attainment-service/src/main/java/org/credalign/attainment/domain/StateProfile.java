package org.credalign.attainment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A state's data-collection practices, enrollment and CTE concentrators for one school year. */
@Entity
@Table(name = "state_profile")
public class StateProfile {

    @Embeddable
    public record Key(String state, @Column(name = "school_year") int schoolYear) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "collects_secondary")
    public boolean collectsSecondary;
    @Column(name = "collects_postsecondary")
    public boolean collectsPostsecondary;
    @Column(name = "vendor_data_sharing_agreements")
    public int vendorDataSharingAgreements;
    @Column(name = "credentials_in_essa_plan")
    public boolean credentialsInEssaPlan;
    @Column(name = "incentive_policy")
    public boolean incentivePolicy;
    @Column(name = "maintains_approved_list")
    public boolean maintainsApprovedList;
    @Column(name = "years_of_data_available")
    public Integer yearsOfDataAvailable;
    @Column(name = "high_school_enrollment")
    public Integer highSchoolEnrollment;
    @Column(name = "cte_concentrators")
    public Integer cteConcentrators;
    public long version;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;

    /** Whether the facts (not the bookkeeping) equal another profile's: an identical PUT changes nothing. */
    public boolean sameFactsAs(StateProfile other) {
        return collectsSecondary == other.collectsSecondary && collectsPostsecondary == other.collectsPostsecondary
                && vendorDataSharingAgreements == other.vendorDataSharingAgreements
                && credentialsInEssaPlan == other.credentialsInEssaPlan && incentivePolicy == other.incentivePolicy
                && maintainsApprovedList == other.maintainsApprovedList
                && Objects.equals(yearsOfDataAvailable, other.yearsOfDataAvailable)
                && Objects.equals(highSchoolEnrollment, other.highSchoolEnrollment)
                && Objects.equals(cteConcentrators, other.cteConcentrators);
    }
}
