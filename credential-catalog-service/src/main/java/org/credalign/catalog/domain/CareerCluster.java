package org.credalign.catalog.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One Career Cluster of a cluster framework (reference data seeded by migration). */
@Entity
@Table(name = "career_cluster")
public class CareerCluster {

    /** The framework in use for credentials today (National Career Clusters Framework). */
    public static final String CURRENT_FRAMEWORK = "NCCF-2008";

    @EmbeddedId
    public Key key;
    public String name;

    @Embeddable
    public record Key(String framework, String code) implements Serializable {
    }
}
