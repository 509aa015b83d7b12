package org.credalign.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.catalog.config.CatalogConfig;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialQuery;
import org.credalign.catalog.domain.CredentialStatus;
import org.credalign.catalog.domain.ExternalCode;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<Credential, String> {

    /** Ids per "in" list: far below PostgreSQL's limit of bind parameters per statement. */
    private static final int ID_CHUNK = 1000;

    private final CatalogConfig config;

    public CredentialRepository(CatalogConfig config) {
        this.config = config;
    }

    public Credential findForUpdate(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page of the ids matching a query and how many match in all. */
    public record IdPage(List<String> ids, long totalItems) {
    }

    /** One page of the ids matching the query, best match first (by name when there is no text). */
    public IdPage searchIds(CredentialQuery query, int offset, int limit) {
        List<Object[]> rows = search(query, " offset " + offset + " limit " + limit);
        if (rows.isEmpty()) {
            return new IdPage(List.of(), offset == 0 ? 0 : countMatching(query));
        }
        return new IdPage(rows.stream().map(r -> (String) r[0]).toList(), ((Number) rows.get(0)[1]).longValue());
    }

    /** Every id matching the query, best match first. */
    public List<String> allIds(CredentialQuery query) {
        return search(query, "").stream().map(r -> (String) r[0]).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> search(CredentialQuery query, String paging) {
        SearchSql sql = SearchSql.of(query);
        String order = sql.text == null ? " order by c.name, c.id"
                : " order by (case when lower(c.name) = :text then 2 else 0 end"
                        + " + case when c.search_text like :contains escape '\\' then 1 else 0 end"
                        + " + ts_rank(c.search_vector, plainto_tsquery('simple', :text))"
                        + " + word_similarity(:text, lower(c.name))) desc, c.name, c.id";
        useTextSearchSettings(sql);
        // The total comes with the page (a window over all matches), so the matching runs once per request.
        Query q = getEntityManager().createNativeQuery(
                "select c.id, count(*) over () from credential c" + sql.where + order + paging);
        sql.bind(q);
        return q.getResultList();
    }

    private long countMatching(CredentialQuery query) {
        SearchSql sql = SearchSql.of(query);
        useTextSearchSettings(sql);
        Query q = getEntityManager().createNativeQuery("select count(*) from credential c" + sql.where);
        sql.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The credentials with these ids, external codes loaded, in the order of the ids. */
    public List<Credential> loadInOrder(List<String> ids) {
        Map<String, Credential> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            getEntityManager()
                    .createQuery("select distinct c from Credential c left join fetch c.externalCodes where c.id in :ids",
                            Credential.class)
                    .setParameter("ids", chunk).getResultList().forEach(c -> byId.put(c.id, c));
        }
        return ids.stream().map(byId::get).toList();
    }

    public Credential findByExternalCode(String system, String code) {
        return find("select c from Credential c join c.externalCodes x where x.system = ?1 and x.code = ?2",
                system, code).firstResult();
    }

    /** Which credential holds each of these codes, for codes that are taken. */
    @SuppressWarnings("unchecked")
    public Map<ExternalCode, String> ownersOf(Collection<ExternalCode> codes) {
        Map<ExternalCode, String> owners = new LinkedHashMap<>();
        List<ExternalCode> list = new ArrayList<>(codes);
        for (int from = 0; from < list.size(); from += ID_CHUNK) {
            List<ExternalCode> chunk = list.subList(from, Math.min(list.size(), from + ID_CHUNK));
            String[] systems = chunk.stream().map(ExternalCode::system).toArray(String[]::new);
            String[] values = chunk.stream().map(ExternalCode::code).toArray(String[]::new);
            List<Object[]> rows = getEntityManager().createNativeQuery("""
                    select x.system, x.code, x.credential_id from credential_external_code x
                    where (x.system, x.code) in
                          (select s, v from unnest(cast(?1 as text[]), cast(?2 as text[])) as wanted(s, v))""")
                    .setParameter(1, systems).setParameter(2, values).getResultList();
            rows.forEach(r -> owners.put(new ExternalCode((String) r[0], (String) r[1]), (String) r[2]));
        }
        return owners;
    }

    /** Catalog status of each of these ids that exists. */
    @SuppressWarnings("unchecked")
    public Map<String, CredentialStatus> statusOf(Collection<String> ids) {
        Map<String, CredentialStatus> found = new HashMap<>();
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += ID_CHUNK) {
            List<Object[]> rows = getEntityManager()
                    .createQuery("select c.id, c.status from Credential c where c.id in :ids")
                    .setParameter("ids", list.subList(from, Math.min(list.size(), from + ID_CHUNK))).getResultList();
            rows.forEach(r -> found.put((String) r[0], (CredentialStatus) r[1]));
        }
        return found;
    }

    /**
     * Settings of a text search, for this transaction only: pg_trgm's similarity operator reads its threshold from
     * a setting; and the planner prices word similarity like a cheap comparison, so it would compute it for every
     * credential (≈70 ms on 5,000) instead of letting the trigram and full-text indexes pick the candidates (≈5 ms).
     */
    private void useTextSearchSettings(SearchSql sql) {
        if (sql.text != null) {
            getEntityManager().createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', ?1, true),"
                            + " set_config('enable_seqscan', 'off', true)")
                    .setParameter(1, Double.toString(config.search().similarityThreshold())).getSingleResult();
        }
    }

    /** The where clause of a search and its parameters (only the filters that are set). */
    private static final class SearchSql {
        final String text;
        final String where;
        final Map<String, Object> parameters = new HashMap<>();

        private SearchSql(String text, String where) {
            this.text = text;
            this.where = where;
        }

        static SearchSql of(CredentialQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            String text = query.normalizedText();
            if (text != null) {
                // Contained anywhere (codes, "a+"), all words present (full text), or close enough to words of
                // the name (typos); each is answered by an index.
                conditions.add("(c.search_text like :contains escape '\\'"
                        + " or c.search_vector @@ plainto_tsquery('simple', :text)"
                        + " or :text <% lower(c.name))");
                parameters.put("text", text);
                parameters.put("contains", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%");
            }
            if (query.type() != null) {
                conditions.add("c.type = :type");
                parameters.put("type", query.type().name());
            }
            if (query.cluster() != null) {
                conditions.add(":cluster = any(c.clusters)");
                parameters.put("cluster", query.cluster());
            }
            if (query.soc() != null) {
                conditions.add(":soc = any(c.occupations)");
                parameters.put("soc", query.soc());
            }
            if (query.status() != null) {
                conditions.add("c.status = :status");
                parameters.put("status", query.status().name());
            }
            if (query.approvedIn() != null) {
                conditions.add("""
                        exists (select 1 from state_approval_entry e where e.credential_id = c.id
                          and e.state = :state and e.status = 'APPROVED'
                          and e.version = (select max(l.version) from state_approval_list l where l.state = :state))""");
                parameters.put("state", query.approvedIn());
            }
            SearchSql sql = new SearchSql(text, conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
            sql.parameters.putAll(parameters);
            return sql;
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
