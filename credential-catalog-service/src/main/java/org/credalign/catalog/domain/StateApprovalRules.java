package org.credalign.catalog.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.commons.problem.FieldError;

/** The rules of a state's approved list, in one place; every violation is returned, each naming its field. */
public final class StateApprovalRules {

    /** Incentives are money: at most cents, and a bound that catches a slipped decimal point. */
    public static final BigDecimal MAX_INCENTIVE = new BigDecimal("1000000");

    private StateApprovalRules() {
    }

    /** An entry as a client sent it (status as text, so a wrong value is a field error, not a parse failure). */
    public record EntryDraft(String credentialId, String status, LocalDate approvedOn, LocalDate reviewDue,
            BigDecimal incentiveAmount) {
    }

    /**
     * @param credentialStatus the catalog status of every credential id the catalog knows among the entries
     */
    public static List<FieldError> check(List<EntryDraft> entries, Map<String, CredentialStatus> credentialStatus) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryDraft entry = entries.get(i);
            String at = "entries[" + i + "]";
            if (entry == null) {
                errors.add(FieldError.field(at, "must be an entry object"));
                continue;
            }
            CredentialStatus catalogStatus = null;
            if (entry.credentialId() == null || entry.credentialId().isBlank()) {
                errors.add(FieldError.field(at + ".credentialId", "is required"));
            } else if (!credentialStatus.containsKey(entry.credentialId())) {
                errors.add(FieldError.field(at + ".credentialId", "unknown credential '" + entry.credentialId()
                        + "' (see GET /api/v1/credentials)"));
            } else if (!seen.add(entry.credentialId())) {
                errors.add(FieldError.field(at + ".credentialId", "'" + entry.credentialId() + "' is listed twice"));
            } else {
                catalogStatus = credentialStatus.get(entry.credentialId());
            }
            ApprovalStatus status = null;
            if (entry.status() == null) {
                errors.add(FieldError.field(at + ".status", "is required"));
            } else {
                try {
                    status = ApprovalStatus.valueOf(entry.status());
                } catch (IllegalArgumentException e) {
                    errors.add(FieldError.field(at + ".status", "must be one of " + List.of(ApprovalStatus.values())
                            + ", got '" + entry.status() + "'"));
                }
            }
            if (catalogStatus == CredentialStatus.RETIRED
                    && (status == ApprovalStatus.APPROVED || status == ApprovalStatus.UNDER_REVIEW)) {
                errors.add(FieldError.field(at + ".status", "credential '" + entry.credentialId()
                        + "' is retired: it can only be PHASING_OUT or REMOVED"));
            }
            if (entry.approvedOn() != null && entry.reviewDue() != null
                    && entry.reviewDue().isBefore(entry.approvedOn())) {
                errors.add(FieldError.field(at + ".reviewDue", "must not be before approvedOn ("
                        + entry.approvedOn() + "), got " + entry.reviewDue()));
            }
            BigDecimal amount = entry.incentiveAmount();
            if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_INCENTIVE) > 0
                    || amount.stripTrailingZeros().scale() > 2)) {
                errors.add(FieldError.field(at + ".incentiveAmount", "must be an amount in USD from 0 to "
                        + MAX_INCENTIVE.toPlainString() + " with at most 2 decimals, got " + amount.toPlainString()));
            }
        }
        return errors;
    }

    /** The entries of a valid list, sorted by credential id and with amounts in cents, so equal lists compare equal. */
    public static List<ApprovalEntry> toEntries(List<EntryDraft> entries) {
        return entries.stream()
                .map(e -> new ApprovalEntry(e.credentialId(), ApprovalStatus.valueOf(e.status()), e.approvedOn(),
                        e.reviewDue(), e.incentiveAmount() == null ? null : e.incentiveAmount().setScale(2)))
                .sorted(Comparator.comparing(ApprovalEntry::credentialId))
                .toList();
    }
}
