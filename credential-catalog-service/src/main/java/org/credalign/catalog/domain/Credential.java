package org.credalign.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
    // Eager: every view of a credential shows its codes; lists load them with one fetch join.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credential_external_code", joinColumns = @JoinColumn(name = "credential_id"))
    @OrderBy("system, code")
    public List<ExternalCode> externalCodes = new ArrayList<>();
    public String description;
    public String url;
    /** What free-text search matches: name, issuer, id and codes in lower case (see {@link #searchTextOf}). */
    @Column(name = "search_text")
    public String searchText;
    @Enumerated(EnumType.STRING)
    public CredentialStatus status;
    public long version;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;

    /** A new credential with this content, version 1. */
    public static Credential create(CredentialContent content, String changedBy, Instant now) {
        Credential credential = new Credential();
        credential.id = content.id();
        credential.clusterFramework = CareerCluster.CURRENT_FRAMEWORK;
        credential.copy(content);
        credential.version = 1;
        credential.changedBy = changedBy;
        credential.changedAt = now;
        return credential;
    }

    /** Replaces the content; a new version only when something actually changed. Returns whether it did. */
    public boolean replaceWith(CredentialContent content, String changedBy, Instant now) {
        if (sameContentAs(content)) {
            return false;
        }
        copy(content);
        version++;
        this.changedBy = changedBy;
        this.changedAt = now;
        return true;
    }

    /** Retires the credential (it stays resolvable); a retired credential stays as it is. Returns whether it did. */
    public boolean retire(String changedBy, Instant now) {
        if (status == CredentialStatus.RETIRED) {
            return false;
        }
        status = CredentialStatus.RETIRED;
        version++;
        this.changedBy = changedBy;
        this.changedAt = now;
        return true;
    }

    public boolean sameContentAs(CredentialContent content) {
        return Objects.equals(name, content.name()) && Objects.equals(issuer, content.issuer())
                && type == content.type() && Objects.equals(clusters, content.clusters())
                && Objects.equals(occupations, content.occupations())
                && secondaryAppropriate == content.secondaryAppropriate()
                && Objects.equals(requiredInStates, content.requiredInStates())
                && Objects.equals(sortedCodes(externalCodes), content.externalCodes())
                && Objects.equals(description, content.description()) && Objects.equals(url, content.url())
                && status == content.status();
    }

    private void copy(CredentialContent content) {
        name = content.name();
        issuer = content.issuer();
        type = content.type();
        clusters = new ArrayList<>(content.clusters());
        occupations = new ArrayList<>(content.occupations());
        secondaryAppropriate = content.secondaryAppropriate();
        requiredInStates = new ArrayList<>(content.requiredInStates());
        // Cleared and refilled in place: Hibernate tracks this collection instance.
        externalCodes.clear();
        externalCodes.addAll(content.externalCodes());
        description = content.description();
        url = content.url();
        status = content.status();
        searchText = searchTextOf(id, name, issuer, content.externalCodes());
    }

    /** Lower-case text searched by name, issuer, id and every code (the code alone and as SYSTEM:code). */
    public static String searchTextOf(String id, String name, String issuer, List<ExternalCode> codes) {
        StringBuilder text = new StringBuilder().append(name).append(' ').append(issuer).append(' ').append(id);
        for (ExternalCode code : codes) {
            text.append(' ').append(code.code()).append(' ').append(code.system()).append(':').append(code.code());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static List<ExternalCode> sortedCodes(List<ExternalCode> codes) {
        return codes.stream().sorted(ExternalCode.ORDER).toList();
    }
}
