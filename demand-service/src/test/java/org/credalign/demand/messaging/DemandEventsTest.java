package org.credalign.demand.messaging;

import static org.awaitility.Awaitility.await;
import static org.credalign.demand.support.TestData.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.support.TestData;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * Through the real broker: catalog events build the replica (external codes included; replays, late versions and
 * unreadable messages change nothing and block nothing), and imports publish DemandChanged with the documented
 * body, headers and growing versions on compacted topics.
 */
@QuarkusTest
class DemandEventsTest {

    private static final String CATALOG_TOPIC = "catalog.credentials.v1";

    @Inject
    EntityManager entityManager;
    @Inject
    TestData data;

    private final ObjectMapper objectMapper = new ObjectMapper();

    private static String catalogEvent(String id, String type, String soc, String ctid, long version) {
        return """
                {"id": "%s", "name": "Test %s", "issuer": "Board", "type": "%s", "clusterFramework": "NCCF-2008",
                 "clusters": ["HS"], "occupations": ["%s"], "secondaryAppropriate": true, "requiredInStates": [],
                 "externalCodes": [{"system": "CTID", "code": "%s"}], "description": null, "url": null,
                 "status": "ACTIVE", "version": %d, "changedBy": "catalog-admin", "changedAt": "2026-01-01T00:00:00Z"}"""
                .formatted(id, id, type, soc, ctid, version);
    }

    private Long replicaVersion(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("select version from credential_replica where id = ?1")
                    .setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
        });
    }

    private ConsumerRecord<String, String> awaitEvent(String topic, String key, long minVersion) {
        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(topic, r -> key.equals(r.key())
                && Long.parseLong(KafkaTestClient.header(r, "version")) >= minVersion, Duration.ofSeconds(60));
        assertNotNull(record, "no event with key " + key + " on " + topic);
        return record;
    }

    private JsonNode body(ConsumerRecord<String, String> record) throws Exception {
        return objectMapper.readTree(record.value());
    }

    @Test
    void aLicenseFromTheCatalogTopicGetsDemandEventsThatFollowItsOccupationPostings() throws Exception {
        String license = TestData.uniqueId("lpn");
        String soc = TestData.uniqueSoc();
        String ctid = TestData.uniqueId("ce");
        StateYear scope = data.freshStateYear();
        String state = scope.state();
        int year = scope.year();
        KafkaTestClient.send(CATALOG_TOPIC, license, catalogEvent(license, "LICENSE", soc, ctid, 1), 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> replicaVersion(license) != null);

        String first = asAdmin().contentType("text/csv")
                .body("state,year,soc,postings\n" + state + "," + year + "," + soc + ",10816\n")
                .post("/api/v1/demand/imports?kind=occupation-postings").then().statusCode(201).extract().path("id");
        String key = state + ":" + year + ":" + license;
        ConsumerRecord<String, String> created = awaitEvent("demand.credentials.v1", key, 0);
        JsonNode body = body(created);
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("state", "year", "credentialId", "postings", "basis", "removed", "importId", "version",
                "changedBy"), fields);
        assertEquals(state, body.get("state").asText());
        assertEquals(year, body.get("year").asInt());
        assertEquals(10816, body.get("postings").asLong());
        assertEquals("LICENSED_OCCUPATION", body.get("basis").asText());
        assertEquals(false, body.get("removed").asBoolean());
        assertEquals(first, body.get("importId").asText());
        assertEquals("org.credalign.demand.DemandChanged.v1", KafkaTestClient.header(created, "ce_type"));
        assertEquals("demand-service", KafkaTestClient.header(created, "ce_source"));
        assertEquals(body.get("version").asText(), KafkaTestClient.header(created, "version"));

        // The vendor corrects the postings after the fact: a newer version with the new sum follows.
        asAdmin().contentType("text/csv").body("state,year,soc,postings\n" + state + "," + year + "," + soc + ",11000\n")
                .post("/api/v1/demand/imports?kind=occupation-postings").then().statusCode(201);
        ConsumerRecord<String, String> updated = awaitEvent("demand.credentials.v1", key,
                body.get("version").asLong() + 1);
        assertEquals(11000, body(updated).get("postings").asLong());

        // Now the catalog reclassifies it as a certification (same key, newer version): credential postings named
        // by the external code from the catalog event count directly.
        KafkaTestClient.send(CATALOG_TOPIC, license, catalogEvent(license, "CERTIFICATION", soc, ctid, 2), 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> Long.valueOf(2).equals(replicaVersion(license)));
        ConsumerRecord<String, String> removed = awaitEvent("demand.credentials.v1", key,
                body(updated).get("version").asLong() + 1);
        assertEquals(true, body(removed).get("removed").asBoolean(), "no credential postings yet: no value");
        asAdmin().contentType("text/csv")
                .body("state,year,codeSystem,code,postings\n" + state + "," + year + ",CTID," + ctid + ",42\n")
                .post("/api/v1/demand/imports?kind=credential-postings").then().statusCode(201);
        ConsumerRecord<String, String> direct = awaitEvent("demand.credentials.v1", key,
                body(removed).get("version").asLong() + 1);
        assertEquals("DIRECT", body(direct).get("basis").asText());
        assertEquals(42, body(direct).get("postings").asLong());
    }

    @Test
    void replaysLateVersionsAndUnreadableMessagesChangeNothingAndBlockNothing() {
        String id = TestData.uniqueId("replay");
        String soc = TestData.uniqueSoc();
        KafkaTestClient.send(CATALOG_TOPIC, 0, id, catalogEvent(id, "CERTIFICATION", soc, id, 2), 2);
        KafkaTestClient.send(CATALOG_TOPIC, 0, id, catalogEvent(id, "CERTIFICATION", soc, id, 2), 2);
        KafkaTestClient.send(CATALOG_TOPIC, 0, id, catalogEvent(id, "LICENSE", soc, id, 1), 1);
        String poison = TestData.uniqueId("poison");
        KafkaTestClient.send(CATALOG_TOPIC, 0, poison, "this is not json", 1);
        KafkaTestClient.send(CATALOG_TOPIC, 0, poison + "-noid", "{\"type\": \"LICENSE\", \"version\": 1}", 1);
        String marker = TestData.uniqueId("marker");
        KafkaTestClient.send(CATALOG_TOPIC, 0, marker, catalogEvent(marker, "CERTIFICATION", soc, marker, 1), 1);
        // All on partition 0: once the marker is applied, everything before it was processed.
        await().atMost(Duration.ofSeconds(60)).until(() -> replicaVersion(marker) != null);

        assertEquals(2L, replicaVersion(id));
        String type = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select type from credential_replica where id = ?1").setParameter(1, id)
                .getSingleResult());
        assertEquals("CERTIFICATION", type, "the late version 1 was ignored");
        assertNotNull(KafkaTestClient.awaitRecord("demand-service.dead-letter.v1", r -> poison.equals(r.key()),
                Duration.ofSeconds(60)), "the unreadable message went to the dead-letter topic");
    }

    @Test
    void theProducedTopicsAreCompacted() throws Exception {
        // Make sure the relay has run at least once (it provisions the topics before its first pass).
        asAdmin().contentType("application/json").body("{\"wages\": [{\"year\": 2020, \"medianAnnualWage\": "
                + (30000 + System.nanoTime() % 1000) + "}]}").put("/api/v1/states/DE/wages").then().statusCode(200);
        awaitEvent("demand.state-wages.v1", "DE", 0);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<ConfigResource> topics = List.of("demand.credentials.v1", "demand.occupations.v1",
                    "demand.state-wages.v1").stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            for (ConfigResource topic : topics) {
                assertEquals("compact", configs.get(topic).get("cleanup.policy").value(), topic.name());
            }
        }
    }
}
