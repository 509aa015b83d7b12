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

/** One accepted push of a state's full picture of a school year. */
@Entity
@Table(name = "submission")
public class Submission {

    public enum Status { ACCEPTED, SUPERSEDED }

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
    @Column(name = "rows_received")
    public int rowsReceived;
    @Column(name = "rows_accepted")
    public int rowsAccepted;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
