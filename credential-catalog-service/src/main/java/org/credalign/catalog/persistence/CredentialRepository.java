package org.credalign.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.credalign.catalog.domain.Credential;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<Credential, String> {

    public List<Credential> page(int page, int size) {
        return findAll(Sort.by("name").and("id")).page(Page.of(page, size)).list();
    }
}
