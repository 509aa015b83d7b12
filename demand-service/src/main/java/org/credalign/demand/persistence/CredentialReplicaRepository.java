package org.credalign.demand.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credalign.demand.domain.CredentialDirectory;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.credalign.demand.domain.CredentialReplica;

/** The local copy of the catalog, kept from catalog.credentials.v1. */
@ApplicationScoped
public class CredentialReplicaRepository implements PanacheRepositoryBase<CredentialReplica, String> {

    public List<CredentialReplica> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public void replaceExternalCodes(String credentialId, List<ExternalCode> codes) {
        getEntityManager().createNativeQuery("delete from credential_external_code where credential_id = ?1")
                .setParameter(1, credentialId).executeUpdate();
        for (ExternalCode code : new HashSet<>(codes)) {
            getEntityManager().createNativeQuery(
                    "insert into credential_external_code (credential_id, system, code) values (?1, ?2, ?3)")
                    .setParameter(1, credentialId).setParameter(2, code.system()).setParameter(3, code.code())
                    .executeUpdate();
        }
    }

    /** Licenses, all of them or only those linked to at least one of the given SOC codes. */
    @SuppressWarnings("unchecked")
    public List<CredentialReplica> licenses(Set<String> linkedToAnyOf) {
        if (linkedToAnyOf == null) {
            return list("type", "LICENSE");
        }
        if (linkedToAnyOf.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                select * from credential_replica where type = 'LICENSE' and occupations && cast(?1 as text[])""",
                CredentialReplica.class).setParameter(1, linkedToAnyOf.toArray(String[]::new)).getResultList();
    }

    /** The credentials an import names, by id and by external code, looked up in two queries. */
    @SuppressWarnings("unchecked")
    public CredentialDirectory directory(Set<String> ids, Set<ExternalCode> codes) {
        Map<String, String> typeById = new HashMap<>();
        Map<ExternalCode, Set<String>> idsByCode = new HashMap<>();
        if (!codes.isEmpty()) {
            List<Object[]> rows = getEntityManager().createNativeQuery("""
                    select e.system, e.code, e.credential_id from credential_external_code e
                    join unnest(cast(?1 as text[]), cast(?2 as text[])) as wanted(system, code)
                      on wanted.system = e.system and wanted.code = e.code""")
                    .setParameter(1, codes.stream().map(ExternalCode::system).toArray(String[]::new))
                    .setParameter(2, codes.stream().map(ExternalCode::code).toArray(String[]::new))
                    .getResultList();
            for (Object[] r : rows) {
                idsByCode.computeIfAbsent(new ExternalCode((String) r[0], (String) r[1]), k -> new HashSet<>())
                        .add((String) r[2]);
            }
        }
        Set<String> wanted = new HashSet<>(ids);
        idsByCode.values().forEach(wanted::addAll);
        if (!wanted.isEmpty()) {
            List<Object[]> rows = getEntityManager().createNativeQuery(
                    "select id, type from credential_replica where id = any(cast(?1 as text[]))")
                    .setParameter(1, new ArrayList<>(wanted).toArray(String[]::new)).getResultList();
            rows.forEach(r -> typeById.put((String) r[0], (String) r[1]));
        }
        return new CredentialDirectory(typeById, idsByCode);
    }
}
