package org.credalign.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One credential on a state's approved list; {@code incentiveAmount} in USD per credential earned. */
@Embeddable
public record ApprovalEntry(
        @Column(name = "credential_id") String credentialId,
        @Enumerated(EnumType.STRING) ApprovalStatus status,
        @Column(name = "approved_on") LocalDate approvedOn,
        @Column(name = "review_due") LocalDate reviewDue,
        @Column(name = "incentive_amount") BigDecimal incentiveAmount) {
}
