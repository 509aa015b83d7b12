package org.credalign.attainment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.attainment.domain.CatalogView;

/** The local copy of the catalog, kept from catalog.credentials.v1 and catalog.state-approvals.v1. */
@ApplicationScoped
public class CredentialReplicaRepository {

    /** An external code of a credential, as carried by the catalog event. */
    public record ExternalCode(String system, String code) {
    }

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

    /** Replaces the credential's external codes (call only when its newer version was just stored). */
    public void replaceExternalCodes(String credentialId, List<ExternalCode> codes) {
        entityManager.createNativeQuery("delete from credential_external_code where credential_id = ?1")
                .setParameter(1, credentialId).executeUpdate();
        for (ExternalCode code : codes) {
            // A code that moved from another credential follows the newest event that names it.
            entityManager.createNativeQuery("""
                    insert into credential_external_code (system, code, credential_id) values (?1, ?2, ?3)
                    on conflict (system, code) do update set credential_id = excluded.credential_id""")
                    .setParameter(1, code.system()).setParameter(2, code.code()).setParameter(3, credentialId)
                    .executeUpdate();
        }
    }

    /**
     * Stores a state's approved list unless a version at least as new is held. Returns whether it changed.
     */
    public boolean replaceApprovalsIfNewer(String state, long version, Map<String, String> statusByCredential) {
        boolean newer = entityManager.createNativeQuery("""
                insert into state_approval_list (state, version) values (?1, ?2)
                on conflict (state) do update set version = excluded.version
                where state_approval_list.version < excluded.version""")
                .setParameter(1, state).setParameter(2, version).executeUpdate() > 0;
        if (!newer) {
            return false;
        }
        entityManager.createNativeQuery("delete from state_approval where state = ?1").setParameter(1, state)
                .executeUpdate();
        statusByCredential.forEach((credentialId, status) -> entityManager.createNativeQuery("""
                insert into state_approval (state, credential_id, status) values (?1, ?2, ?3)""")
                .setParameter(1, state).setParameter(2, credentialId).setParameter(3, status).executeUpdate());
        return true;
    }

    /** Everything validation needs for one state's submission, read once (the catalog is small). */
    @SuppressWarnings("unchecked")
    public CatalogView load(String state) {
        Map<String, String> statusById = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery("select id, status from credential_replica")
                .getResultList()).forEach(r -> statusById.put((String) r[0], (String) r[1]));
        Map<String, String> idByCode = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery(
                "select system, code, credential_id from credential_external_code").getResultList())
                .forEach(r -> idByCode.put(codeKey((String) r[0], (String) r[1]), (String) r[2]));
        boolean hasList = !entityManager.createNativeQuery("select 1 from state_approval_list where state = ?1")
                .setParameter(1, state).getResultList().isEmpty();
        Set<String> approved = hasList ? new HashSet<>(entityManager.createNativeQuery(
                "select credential_id from state_approval where state = ?1 and status <> 'REMOVED'")
                .setParameter(1, state).getResultList()) : null;
        return new CatalogView() {
            @Override
            public String status(String credentialId) {
                return statusById.get(credentialId);
            }

            @Override
            public String credentialOfCode(String codeSystem, String code) {
                return idByCode.get(codeKey(codeSystem, code));
            }

            @Override
            public Set<String> approvedList() {
                return approved;
            }
        };
    }

    private static String codeKey(String system, String code) {
        return system + '\u0000' + code;
    }
}
