package org.credalign.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An industry credential a student can earn. {@code version} grows with every change and orders its events. */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    public String id;
    public String name;
    public String issuer;
    @Enumerated(EnumType.STRING)
    public CredentialType type;
    @Column(name = "cluster_framework")
    public String clusterFramework;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> clusters;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> occupations;
    @Column(name = "secondary_appropriate")
    public boolean secondaryAppropriate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_in_states")
    public List<String> requiredInStates;
    @Enumerated(EnumType.STRING)
    public CredentialStatus status;
    public long version;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
