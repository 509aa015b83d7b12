package org.credalign.demand.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;
import org.credalign.demand.domain.Occupation;

@ApplicationScoped
public class OccupationRepository implements PanacheRepositoryBase<Occupation, String> {

    /** Occupations of a Career Cluster (when given) whose title contains q or whose SOC starts with q. */
    public List<Occupation> search(String cluster, String q, int page, int size) {
        return query(cluster, q).page(Page.of(page, size)).list();
    }

    public long countSearch(String cluster, String q) {
        return query(cluster, q).count();
    }

    public Stream<Occupation> streamSearch(String cluster, String q) {
        return query(cluster, q).stream();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Occupation> query(String cluster, String q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (cluster != null) {
            where.append(" and array_contains(clusters, :cluster)");
            parameters.and("cluster", cluster);
        }
        if (q != null) {
            where.append(" and (lower(title) like :pattern or soc like :prefix)");
            parameters.and("pattern", "%" + q.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%")
                    .and("prefix", q.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return find(where.toString(), Sort.by("soc"), parameters);
    }
}
