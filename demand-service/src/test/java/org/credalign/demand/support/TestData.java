package org.credalign.demand.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.security.Roles;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.service.CatalogReplicaService;
import org.credalign.testsupport.DevTokens;

/**
 * Test helpers: unique ids (tests share one database across runs), the catalog replica seeded as the consumer would,
 * and the outbox read back.
 */
@ApplicationScoped
public class TestData {

    private final CatalogReplicaService catalog;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper = new ObjectMapper();

    public TestData(CatalogReplicaService catalog, EntityManager entityManager) {
        this.catalog = catalog;
        this.entityManager = entityManager;
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A SOC code unlikely to be used by another test (real codes start 11..55; these start 60..98). */
    public static String uniqueSoc() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%02d-%04d", random.nextInt(60, 99), random.nextInt(0, 10000));
    }

    /**
     * {@code count} states that, in one calendar year, hold no postings, wages or derived demand yet, so a test can
     * assert exact counts however many earlier runs left data in the database.
     */
    @SuppressWarnings("unchecked")
    public List<StateYear> freshStateYears(int count) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                with candidates as (
                    select s.state, y.year from unnest(cast(?1 as text[])) as s(state)
                    cross join generate_series(2001, 2025) as y(year)
                    where not exists (select 1 from credential_postings p where p.state = s.state and p.year = y.year)
                      and not exists (select 1 from occupation_postings p where p.state = s.state and p.year = y.year)
                      and not exists (select 1 from derived_demand d where d.state = s.state and d.year = y.year)),
                chosen_year as (
                    select year from candidates group by year having count(*) >= ?2 order by random() limit 1)
                select c.state, c.year from candidates c join chosen_year using (year) order by random() limit ?2""")
                .setParameter(1, UsStates.CODES.toArray(String[]::new)).setParameter(2, count).getResultList());
        if (rows.size() < count) {
            throw new IllegalStateException("no fresh state-year left: recreate the test database");
        }
        return rows.stream().map(r -> new StateYear((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    public StateYear freshStateYear() {
        return freshStateYears(1).get(0);
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", DevTokens.bearer(Roles.DEMAND_ADMIN, null));
    }

    /** Applies a catalog event to the replica, as the Kafka consumer does. */
    public void credential(String id, String type, List<String> occupations, List<String> requiredInStates,
            List<ExternalCode> codes, long version) {
        catalog.apply(new CatalogReplicaService.CredentialEvent(id, type, occupations, requiredInStates, codes,
                "ACTIVE", version, "catalog-admin-test"));
    }

    public void credential(String id, String type, long version) {
        credential(id, type, List.of(), List.of(), List.of(), version);
    }

    /** Every outbox event with this key, oldest first, as JSON bodies. */
    @SuppressWarnings("unchecked")
    public List<JsonNode> outbox(String key) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select payload from outbox_event where message_key = ?1 order by id").setParameter(1, key)
                .getResultList());
        return payloads.stream().map(this::json).toList();
    }

    public JsonNode lastEvent(String key) {
        List<JsonNode> events = outbox(key);
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }

    private JsonNode json(String payload) {
        try {
            return objectMapper.readTree(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
