package org.credalign.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.credalign.catalog.domain.CredentialImport;

@ApplicationScoped
public class CredentialImportRepository implements PanacheRepositoryBase<CredentialImport, UUID> {

    public CredentialImport findByContentHash(String hash) {
        return find("contentHash", hash).firstResult();
    }

    /** Serializes imports of the same content, so the second of two simultaneous ones finds the first. */
    public void lockContent(String hash) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('credential-import:' || ?1))")
                .setParameter(1, hash).getSingleResult();
    }
}
