package org.credalign.attainment.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Through the real broker: the replica follows the catalog topic, and replays or stale versions change nothing. */
@QuarkusTest
class CatalogCredentialConsumerTest {

    @Inject
    EntityManager entityManager;

    private static String event(String id, String name, long version) {
        return """
                {"id": "%s", "name": "%s", "issuer": "CompTIA", "type": "CERTIFICATION", "clusters": ["IT"],
                 "occupations": [], "secondaryAppropriate": true, "requiredInStates": [], "status": "ACTIVE",
                 "version": %d, "changedBy": "test"}""".formatted(id, name, version);
    }

    private Object[] replicaRow(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.util.List<?> rows = entityManager.createNativeQuery(
                    "select name, version from credential_replica where id = ?1").setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
    }

    @Test
    void theSameMessageTwiceAndAnOlderVersionChangeNothing() {
        String id = "replica-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTestClient.send("catalog.credentials.v1", 0, id, event(id, "Version two", 2), 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> replicaRow(id) != null);

        KafkaTestClient.send("catalog.credentials.v1", 0, id, event(id, "Version two", 2), 2);
        KafkaTestClient.send("catalog.credentials.v1", 0, id, event(id, "Version one (late)", 1), 1);
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTestClient.send("catalog.credentials.v1", 0, marker, event(marker, "Marker", 1), 1);
        // All on partition 0: once the marker is applied, the duplicate and the late version were processed.
        await().atMost(Duration.ofSeconds(60)).until(() -> replicaRow(marker) != null);

        Object[] row = replicaRow(id);
        assertEquals("Version two", row[0]);
        assertEquals(2L, ((Number) row[1]).longValue());
    }

    @Test
    void anUnreadableMessageDoesNotBlockTheOnesBehindIt() {
        KafkaTestClient.send("catalog.credentials.v1", 0, "poison", "this is not json", 1);
        String id = "after-poison-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTestClient.send("catalog.credentials.v1", 0, id, event(id, "After poison", 1), 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> replicaRow(id) != null);
    }
}
