package org.credalign.demand.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.credalign.demand.domain.DemandImport;

/** Accepted imports and which import currently holds each scope. */
@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<DemandImport, UUID> {

    /**
     * The latest import of this kind and content, if it is still current: every scope it delivered is still held
     * by it (no later import or PUT replaced any of them).
     */
    public Optional<DemandImport> currentWithContent(String kind, String contentHash) {
        Optional<DemandImport> latest = find("kind = ?1 and contentHash = ?2 order by importedAt desc", kind,
                contentHash).firstResultOptional();
        return latest.filter(i -> heldScopes(i.id) == i.scopeCount);
    }

    private long heldScopes(UUID importId) {
        return ((Number) getEntityManager().createNativeQuery(
                "select count(*) from import_scope where import_id = ?1").setParameter(1, importId)
                .getSingleResult()).longValue();
    }

    /** Records that this import now holds these scopes of its kind. */
    public void hold(String kind, Collection<String> scopeKeys, UUID importId) {
        if (scopeKeys.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                insert into import_scope (kind, scope_key, import_id)
                select ?1, k, ?3 from unnest(cast(?2 as text[])) as t(k)
                on conflict (kind, scope_key) do update set import_id = excluded.import_id""")
                .setParameter(1, kind).setParameter(2, List.copyOf(scopeKeys).toArray(String[]::new))
                .setParameter(3, importId).executeUpdate();
    }

    /** A PUT through the API overwrote these scopes: no import holds them any more. */
    public void release(String kind, Collection<String> scopeKeys) {
        if (scopeKeys.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery(
                "delete from import_scope where kind = ?1 and scope_key = any(cast(?2 as text[]))")
                .setParameter(1, kind).setParameter(2, List.copyOf(scopeKeys).toArray(String[]::new))
                .executeUpdate();
    }
}
