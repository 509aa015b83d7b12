package org.credalign.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * Through the real broker: a consumer reading the catalog topics from offset 0 ends with the latest full state of
 * every key (what replicas rebuild from), and the topics are compacted so that stays true forever.
 */
@QuarkusTest
class CatalogEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper objectMapper;

    private static String admin() {
        return DevTokens.bearer(Roles.CATALOG_ADMIN, null);
    }

    /** Every record of {@code key} from offset 0 until the one with {@code version}, in topic order. */
    private List<ConsumerRecord<String, String>> recordsUpTo(String topic, String key, long version) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        ConsumerRecord<String, String> last = KafkaTestClient.awaitRecord(topic, record -> {
            if (!key.equals(record.key())) {
                return false;
            }
            seen.add(record);
            return Long.toString(version).equals(KafkaTestClient.header(record, "version"));
        }, WAIT);
        assertNotNull(last, "no record of version " + version + " for " + key + " on " + topic);
        return seen;
    }

    @Test
    void replayingTheCredentialTopicFromTheStartEndsWithTheRetiredCredentialsFullState() throws Exception {
        String id = "events-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("""
                {"id": "%s", "name": "Events v1", "issuer": "CompTIA", "type": "CERTIFICATION", "clusters": ["IT"],
                 "occupations": ["15-1232"]}""".formatted(id)).post("/api/v1/credentials").then().statusCode(201);
        given().header("Authorization", admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body("""
                {"name": "Events v2", "issuer": "CompTIA", "type": "CERTIFICATION", "clusters": ["IT", "BM"],
                 "externalCodes": [{"system": "CTID", "code": "ce-%s"}], "description": "Second version",
                 "url": "https://example.org/%s"}""".formatted(id, id))
                .put("/api/v1/credentials/" + id).then().statusCode(200);
        given().header("Authorization", admin()).delete("/api/v1/credentials/" + id).then().statusCode(200);
        JsonNode current = objectMapper.readTree(given().get("/api/v1/credentials/" + id).then().statusCode(200)
                .extract().asString());

        List<ConsumerRecord<String, String>> records = recordsUpTo("catalog.credentials.v1", id, 3);
        assertEquals(List.of("1", "2", "3"), records.stream().map(r -> KafkaTestClient.header(r, "version")).toList());
        ConsumerRecord<String, String> latest = records.get(records.size() - 1);
        assertEquals("org.credalign.catalog.CredentialChanged.v1", KafkaTestClient.header(latest, "ce_type"));
        assertEquals("1.0", KafkaTestClient.header(latest, "ce_specversion"));
        JsonNode event = objectMapper.readTree(latest.value());
        // The last record alone is the credential: every field of the API's view, with the same values.
        for (String field : List.of("id", "name", "issuer", "type", "clusterFramework", "clusters", "occupations",
                "secondaryAppropriate", "requiredInStates", "externalCodes", "description", "url", "status",
                "version", "changedBy")) {
            assertEquals(current.get(field), event.get(field), field);
        }
        assertEquals("RETIRED", event.get("status").asText());
        assertNotNull(event.get("changedAt"));
    }

    @Test
    void replayingTheStateApprovalsTopicEndsWithTheStatesWholeList() throws Exception {
        String credential = "approved-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("""
                {"id": "%s", "name": "Approved", "issuer": "X", "type": "CERTIFICATION", "clusters": ["IT"]}"""
                .formatted(credential)).post("/api/v1/credentials").then().statusCode(201);
        String state = "VT";
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("""
                {"entries": [{"credentialId": "%s", "status": "UNDER_REVIEW"}]}""".formatted(credential))
                .put("/api/v1/states/" + state + "/approved-credentials").then().statusCode(200);
        int version = given().header("Authorization", admin()).contentType(ContentType.JSON).body("""
                {"entries": [{"credentialId": "%s", "status": "APPROVED", "approvedOn": "2025-07-01",
                              "reviewDue": null, "incentiveAmount": 250.5}]}""".formatted(credential))
                .put("/api/v1/states/" + state + "/approved-credentials").then().statusCode(200)
                .extract().path("version");

        List<ConsumerRecord<String, String>> records = recordsUpTo("catalog.state-approvals.v1", state, version);
        // Folding the topic by key (what a consumer from offset 0 does) gives the current list.
        Map<String, JsonNode> byKey = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            byKey.put(record.key(), objectMapper.readTree(record.value()));
        }
        JsonNode event = byKey.get(state);
        assertEquals("org.credalign.catalog.StateApprovalsChanged.v1",
                KafkaTestClient.header(records.get(records.size() - 1), "ce_type"));
        assertEquals(state, event.get("state").asText());
        assertEquals(version, event.get("version").asInt());
        assertEquals(1, event.get("entries").size());
        JsonNode entry = event.get("entries").get(0);
        assertEquals(credential, entry.get("credentialId").asText());
        assertEquals("APPROVED", entry.get("status").asText());
        assertEquals("2025-07-01", entry.get("approvedOn").asText());
        assertEquals(true, entry.get("reviewDue").isNull());
        assertEquals(0, entry.get("incentiveAmount").decimalValue().compareTo(new java.math.BigDecimal("250.50")));
        assertEquals("dev-catalog-admin", event.get("changedBy").asText());
    }

    @Test
    void bothTopicsAreCompacted() throws Exception {
        // The outbox relay creates the topics on its first pass; a write makes sure that happened.
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("""
                {"id": "compacted-%s", "name": "C", "issuer": "X", "type": "SOFTWARE", "clusters": ["IT"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).post("/api/v1/credentials")
                .then().statusCode(201);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            for (String topic : List.of("catalog.credentials.v1", "catalog.state-approvals.v1")) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                // The relay may not have run its first pass yet: wait until the topic exists, then check it.
                Config config = org.awaitility.Awaitility.await().atMost(WAIT).ignoreExceptions()
                        .until(() -> admin.describeConfigs(List.of(resource)).all().get(5, TimeUnit.SECONDS)
                                .get(resource), java.util.Objects::nonNull);
                assertEquals("compact", config.get("cleanup.policy").value(), topic);
            }
        }
    }
}
