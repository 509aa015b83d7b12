package org.credalign.attainment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One push of a state's full picture of a school year, whatever became of it, with its report's totals. */
@Entity
@Table(name = "submission")
public class Submission {

    public enum Status {
        /** Received; rows are being read (large bodies, answered 202). */
        PROCESSING,
        /** The state-year's current data. */
        ACCEPTED,
        /** Was accepted; a later submission replaced it. */
        SUPERSEDED,
        /** Was accepted; the state withdrew it (the previous accepted one is current again). */
        WITHDRAWN,
        /** Not applied: errors in atomic mode, no valid row, or an unreadable body. */
        REJECTED,
        /** A dry run: validated and reported, never applied. */
        VALIDATED,
        /** Same content as the accepted submission {@code sameAs}; nothing changed. */
        UNCHANGED,
        /**
         * Processing stopped before the end (the instance was killed or lost its database): nothing was applied.
         * Send it again; its Idempotency-Key, if any, is free for the retry.
         */
        INTERRUPTED
    }

    public enum Mode { ATOMIC, PARTIAL }

    @Id
    public UUID id;
    /** Assigned by the database; orders submissions and versions their events. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long sequence;
    public String state;
    @Column(name = "school_year")
    public int schoolYear;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    @Column(name = "dry_run")
    public boolean dryRun;
    @Enumerated(EnumType.STRING)
    @Column(name = "row_kind")
    public RowKind rowKind;
    @Column(name = "rows_received")
    public int rowsReceived;
    @Column(name = "rows_accepted")
    public int rowsAccepted;
    @Column(name = "error_count")
    public int errorCount;
    @Column(name = "warning_count")
    public int warningCount;
    @Column(name = "body_bytes")
    public long bodyBytes;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "same_as")
    public UUID sameAs;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "completed_at")
    public Instant completedAt;

    public boolean isFinished() {
        return status != Status.PROCESSING;
    }
}
