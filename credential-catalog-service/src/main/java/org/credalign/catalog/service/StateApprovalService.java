package org.credalign.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.credalign.catalog.domain.ApprovalEntry;
import org.credalign.catalog.domain.StateApprovalList;
import org.credalign.catalog.domain.StateApprovalRules;
import org.credalign.catalog.messaging.StateApprovalsChanged;
import org.credalign.catalog.persistence.CredentialRepository;
import org.credalign.catalog.persistence.StateApprovalRepository;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;

/** A state's approved list: replaced as a whole, each change a new immutable version with its event. */
@ApplicationScoped
public class StateApprovalService {

    private final StateApprovalRepository lists;
    private final CredentialRepository credentials;
    private final OutboxAppender outbox;

    public StateApprovalService(StateApprovalRepository lists, CredentialRepository credentials,
            OutboxAppender outbox) {
        this.lists = lists;
        this.credentials = credentials;
        this.outbox = outbox;
    }

    /** The current list; a state that never had one has an empty list at version 0. */
    @Transactional
    public StateApprovalList current(String state) {
        return orEmpty(state, lists.current(state));
    }

    /** The list as it was at the end of {@code date} (UTC). */
    @Transactional
    public StateApprovalList asOf(String state, LocalDate date) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return orEmpty(state, lists.asOf(state, endOfDay));
    }

    /**
     * Replaces the state's list. The same entries again change nothing (no version, no event).
     * {@code expected} is the optional If-Match on the list's version.
     */
    @Transactional
    public StateApprovalList replace(String state, List<StateApprovalRules.EntryDraft> drafts, Precondition expected,
            String changedBy) {
        List<StateApprovalRules.EntryDraft> entries = drafts == null ? List.of() : drafts;
        List<String> ids = entries.stream().filter(Objects::nonNull).map(StateApprovalRules.EntryDraft::credentialId)
                .filter(Objects::nonNull).distinct().toList();
        List<FieldError> errors = new ArrayList<>(StateApprovalRules.check(entries, credentials.statusOf(ids)));
        if (!errors.isEmpty()) {
            throw ProblemException.validation("Approved list has invalid entries",
                    errors.size() + " field(s) break the rules; the list was not changed", errors);
        }
        lists.lockState(state);
        StateApprovalList current = orEmpty(state, lists.current(state));
        expected.check("approved list of " + state, current.version());
        List<ApprovalEntry> next = StateApprovalRules.toEntries(entries);
        if (current.version() > 0 && sortedEntries(current).equals(next)) {
            return current;
        }
        StateApprovalList list = StateApprovalList.of(state, current.version() + 1, next, changedBy, Instant.now());
        lists.persist(list);
        outbox.append(StateApprovalsChanged.TOPIC, state, StateApprovalsChanged.TYPE, list.version(), changedBy,
                StateApprovalsChanged.of(list));
        return list;
    }

    /** A plain sorted copy: Hibernate's bag compares by identity, and the database may sort by another collation. */
    private static List<ApprovalEntry> sortedEntries(StateApprovalList list) {
        return list.entries.stream().sorted(java.util.Comparator.comparing(ApprovalEntry::credentialId)).toList();
    }

    private static StateApprovalList orEmpty(String state, StateApprovalList list) {
        return list != null ? list : StateApprovalList.of(state, 0, List.of(), null, null);
    }
}
