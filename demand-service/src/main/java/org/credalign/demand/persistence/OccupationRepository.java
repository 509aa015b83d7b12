package org.credalign.demand.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Stream;
import org.credalign.demand.domain.Occupation;

@ApplicationScoped
public class OccupationRepository implements PanacheRepositoryBase<Occupation, String> {

    /** Career Cluster when given; q: part of the title (any case) or the start of the SOC code. */
    private static final String WHERE = """
             where (cast(?1 as text) is null or cast(?1 as text) = any(clusters))
               and (cast(?2 as text) is null or strpos(lower(title), lower(?2)) > 0 or starts_with(soc, ?2))""";

    @SuppressWarnings("unchecked")
    public List<Occupation> search(String cluster, String q, int page, int size) {
        return bind(getEntityManager().createNativeQuery("select * from occupation " + WHERE
                + " order by soc offset ?3 limit ?4", Occupation.class), cluster, q)
                .setParameter(3, page * size).setParameter(4, size).getResultList();
    }

    public long countSearch(String cluster, String q) {
        return ((Number) bind(getEntityManager().createNativeQuery("select count(*) from occupation " + WHERE),
                cluster, q).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public Stream<Occupation> streamSearch(String cluster, String q) {
        return bind(getEntityManager().createNativeQuery("select * from occupation " + WHERE + " order by soc",
                Occupation.class), cluster, q).getResultStream();
    }

    private static Query bind(Query query, String cluster, String q) {
        return query.setParameter(1, cluster).setParameter(2, q);
    }
}
