package org.credalign.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An applied bulk import, found again by the hash of its content so the same content is applied only once. */
@Entity
@Table(name = "credential_import")
public class CredentialImport {

    @Id
    public UUID id;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "rows_received")
    public int rowsReceived;
    public int created;
    public int updated;
    public int unchanged;
    @Column(name = "imported_by")
    public String importedBy;
    @Column(name = "imported_at")
    public Instant importedAt;
}
