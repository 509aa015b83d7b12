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
import org.credalign.commons.security.Roles;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
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

    /** A calendar year, random so that tests rarely share a state-year with earlier runs. */
    public static int randomYear() {
        return ThreadLocalRandom.current().nextInt(2001, 2026);
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
