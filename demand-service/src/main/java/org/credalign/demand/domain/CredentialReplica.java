package org.credalign.demand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a catalog credential (catalog.credentials.v1), with what demand needs. */
@Entity
@Table(name = "credential_replica")
public class CredentialReplica {

    @Id
    public String id;
    public String type;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> occupations;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_in_states")
    public List<String> requiredInStates;
    public String status;
    public long version;

    public CredentialProfile profile() {
        return new CredentialProfile(id, type, occupations, requiredInStates);
    }
}
