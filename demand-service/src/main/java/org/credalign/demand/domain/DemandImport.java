package org.credalign.demand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One accepted vendor import and its report. */
@Entity
@Table(name = "demand_import")
public class DemandImport {

    @Id
    public UUID id;
    public String kind;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "rows_received")
    public int rowsReceived;
    @Column(name = "rows_accepted")
    public int rowsAccepted;
    /** How many scopes (state-years, or SOCs for occupations) the import replaced. */
    @Column(name = "scope_count")
    public int scopeCount;
    /** Stored rows that were added, changed or removed (identical rows do not count). */
    @Column(name = "changed_rows")
    public int changedRows;
    /** Derived demand keys (STATE:YEAR:credentialId) whose value or basis changed, each with a DemandChanged event. */
    @Column(name = "demand_changes")
    public int demandChanges;
    /** JSON array of {state, year, rows, keysRemoved} for state-year kinds; empty for occupations. */
    public String scopes;
    /** JSON array of {row, field, message}. */
    public String warnings;
    @Column(name = "imported_by")
    public String importedBy;
    @Column(name = "imported_at")
    public Instant importedAt;
}
