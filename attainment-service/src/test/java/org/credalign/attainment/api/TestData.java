package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;

/** Catalog replica rows and requests for resource tests; every id is new, so runs never see each other's data. */
@ApplicationScoped
public class TestData {

    private final CredentialReplicaRepository replica;
    private final EntityManager entityManager;

    public TestData(CredentialReplicaRepository replica, EntityManager entityManager) {
        this.replica = replica;
        this.entityManager = entityManager;
    }

    public String credential(String status) {
        String id = "cred-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> replica.upsertIfNewer(id, "Credential " + id, "CERTIFICATION",
                status, 1));
        return id;
    }

    public void externalCode(String credentialId, String system, String code) {
        QuarkusTransaction.requiringNew().run(() -> replica.replaceExternalCodes(credentialId,
                List.of(new CredentialReplicaRepository.ExternalCode(system, code))));
    }

    public long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public String lastPayload(String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select payload from outbox_event where message_key = ?1 order by id desc limit 1")
                .setParameter(1, key).getSingleResult());
    }

    public static RequestSpecification asSubmitter(String state) {
        return given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, state));
    }

    /** Aggregate JSON rows: ALL of each credential (SECONDARY) with the given totals. */
    public static String allRows(Object... credentialAndEarned) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < credentialAndEarned.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"credentialId\": \"").append(credentialAndEarned[i])
                    .append("\", \"level\": \"SECONDARY\", \"subgroup\": \"ALL\", \"earned\": ")
                    .append(credentialAndEarned[i + 1]).append('}');
        }
        return json.append(']').toString();
    }
}
