package org.credalign.attainment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The local copy of the catalog, kept from catalog.credentials.v1. */
@ApplicationScoped
public class CredentialReplicaRepository {

    private final EntityManager entityManager;

    public CredentialReplicaRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stores the credential unless a version at least as new is already held: a replayed or late message changes
     * nothing. Returns whether the row changed.
     */
    public boolean upsertIfNewer(String id, String name, String type, String status, long version) {
        return entityManager.createNativeQuery("""
                insert into credential_replica (id, name, type, status, version) values (?1, ?2, ?3, ?4, ?5)
                on conflict (id) do update set name = excluded.name, type = excluded.type,
                    status = excluded.status, version = excluded.version
                where credential_replica.version < excluded.version""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, type).setParameter(4, status)
                .setParameter(5, version).executeUpdate() > 0;
    }

    /** Which of the given ids are in the catalog (retired ones included). */
    @SuppressWarnings("unchecked")
    public Set<String> existing(Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> found = entityManager.createNativeQuery("select id from credential_replica where id = any(?1)")
                .setParameter(1, ids.toArray(String[]::new)).getResultList();
        return new HashSet<>(found);
    }
}
