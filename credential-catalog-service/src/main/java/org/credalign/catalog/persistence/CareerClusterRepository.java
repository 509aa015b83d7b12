package org.credalign.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credalign.catalog.domain.CareerCluster;

@ApplicationScoped
public class CareerClusterRepository implements PanacheRepositoryBase<CareerCluster, CareerCluster.Key> {

    public List<CareerCluster> ofFramework(String framework) {
        return list("key.framework = ?1 order by key.code", framework);
    }

    public Set<String> codesOf(String framework) {
        return ofFramework(framework).stream().map(c -> c.key.code()).collect(Collectors.toSet());
    }
}
