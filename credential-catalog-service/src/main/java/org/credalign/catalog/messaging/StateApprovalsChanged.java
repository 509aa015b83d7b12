package org.credalign.catalog.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.credalign.catalog.domain.StateApprovalList;

/**
 * Event on {@code catalog.state-approvals.v1}, key = state: the state's whole approved list after a change
 * (full state, so the latest record of a key is the list).
 */
public record StateApprovalsChanged(String state, List<Entry> entries, long version, String changedBy,
        Instant changedAt) {

    public static final String TOPIC = "catalog.state-approvals.v1";
    public static final String TYPE = "org.credalign.catalog.StateApprovalsChanged.v1";

    public record Entry(String credentialId, String status, LocalDate approvedOn, LocalDate reviewDue,
            BigDecimal incentiveAmount) {
    }

    public static StateApprovalsChanged of(StateApprovalList list) {
        return new StateApprovalsChanged(list.state(), list.entries.stream()
                .map(e -> new Entry(e.credentialId(), e.status().name(), e.approvedOn(), e.reviewDue(),
                        e.incentiveAmount()))
                .toList(), list.version(), list.changedBy, list.changedAt);
    }
}
