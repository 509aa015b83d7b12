package org.credalign.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a state's approved list. Versions are immutable snapshots: a change writes a new version, so
 * the list as it was on any date stays readable.
 */
@Entity
@Table(name = "state_approval_list")
public class StateApprovalList {

    @EmbeddedId
    public Key key;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    // Eager: a list is always shown whole.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_approval_entry", joinColumns = {
            @JoinColumn(name = "state", referencedColumnName = "state"),
            @JoinColumn(name = "version", referencedColumnName = "version")})
    @OrderBy("credentialId")
    public List<ApprovalEntry> entries = new ArrayList<>();

    @Embeddable
    public record Key(String state, long version) implements Serializable {
    }

    public static StateApprovalList of(String state, long version, List<ApprovalEntry> entries, String changedBy,
            Instant changedAt) {
        StateApprovalList list = new StateApprovalList();
        list.key = new Key(state, version);
        list.entries.addAll(entries);
        list.changedBy = changedBy;
        list.changedAt = changedAt;
        return list;
    }

    public String state() {
        return key.state();
    }

    public long version() {
        return key.version();
    }
}
