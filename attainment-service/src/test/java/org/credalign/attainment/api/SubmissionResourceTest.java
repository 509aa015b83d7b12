package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    @Inject
    CredentialReplicaRepository replica;
    @Inject
    EntityManager entityManager;

    private String first;
    private String second;

    @BeforeEach
    void catalogHasTwoCredentials() {
        first = "cred-" + UUID.randomUUID().toString().substring(0, 8);
        second = "cred-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            replica.upsertIfNewer(first, "First", "CERTIFICATION", "ACTIVE", 1);
            replica.upsertIfNewer(second, "Second", "LICENSE", "ACTIVE", 1);
        });
    }

    private static String rows(String credentialId, int earned) {
        return """
                [{"credentialId": "%s", "level": "SECONDARY", "subgroup": "ALL", "earned": %d},
                 {"credentialId": "%s", "level": "SECONDARY", "subgroup": "SEX:F", "earned": 1}]"""
                .formatted(credentialId, earned, credentialId);
    }

    private static io.restassured.specification.RequestSpecification asSubmitter(String state) {
        return given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, state))
                .contentType(ContentType.JSON);
    }

    private long outboxEvents(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where message_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }

    @Test
    void acceptedSubmissionIsStoredAndPublishedThroughTheOutbox() {
        String id = asSubmitter("NJ").body(rows(first, 12))
                .when().post("/api/v1/states/NJ/submissions?schoolYear=2023-24")
                .then().statusCode(201).header("Location", containsString("/api/v1/states/NJ/submissions/"))
                .body("state", equalTo("NJ"), "schoolYear", equalTo("2023-24"), "status", equalTo("ACCEPTED"),
                        "rowsReceived", equalTo(2), "rowsAccepted", equalTo(2))
                .extract().path("id");

        asSubmitter("NJ").get("/api/v1/states/NJ/submissions/" + id).then().statusCode(200)
                .body("id", equalTo(id));

        ConsumerRecord<String, String> event = KafkaTestClient.awaitRecord("attainment.earned.v1",
                r -> ("NJ:2023-24:" + first).equals(r.key()), Duration.ofSeconds(30));
        assertNotNull(event, "the relay publishes the accepted counts to Kafka");
        assertEquals("org.credalign.attainment.AttainmentChanged.v1", KafkaTestClient.header(event, "ce_type"));
        assertEquals("attainment-service", KafkaTestClient.header(event, "ce_source"));
        assertNotNull(KafkaTestClient.header(event, "version"));
        assertTrue(event.value().contains("\"earned\":12"), event.value());
    }

    @Test
    void identicalContentIsOneSubmissionAndAReplacementRemovesDroppedCredentials() {
        String id = asSubmitter("DE").body(rows(first, 5)).post("/api/v1/states/DE/submissions?schoolYear=2022")
                .then().statusCode(201).extract().path("id");
        asSubmitter("DE").body(rows(first, 5)).post("/api/v1/states/DE/submissions?schoolYear=2021-22")
                .then().statusCode(200).body("id", equalTo(id));
        assertEquals(1, outboxEvents("DE:2021-22:" + first));

        asSubmitter("DE").body(rows(second, 9)).post("/api/v1/states/DE/submissions?schoolYear=2021-22")
                .then().statusCode(201);
        asSubmitter("DE").get("/api/v1/states/DE/submissions/" + id).then().body("status", equalTo("SUPERSEDED"));
        assertEquals(2, outboxEvents("DE:2021-22:" + first), "the dropped credential gets a removal event");
        String removal = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select payload from outbox_event where message_key = ?1 order by id desc limit 1")
                .setParameter(1, "DE:2021-22:" + first).getSingleResult());
        assertTrue(removal.contains("\"removed\":true"), removal);
    }

    @Test
    void invalidRowsAreA422ListingEachRowAndNothingIsApplied() {
        asSubmitter("NJ").body("""
                [{"credentialId": "comptia-a", "level": "SECONDARY", "subgroup": "ALL", "earned": 3},
                 {"credentialId": "%s", "level": "SECONDARY", "subgroup": "ALL", "earned": -3}]""".formatted(first))
                .post("/api/v1/states/NJ/submissions?schoolYear=2019")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(2),
                        "errors[0].row", equalTo(1), "errors[0].field", equalTo("credentialId"),
                        "errors[0].message", containsString("comptia-a"),
                        "errors[1].row", equalTo(2), "errors[1].field", equalTo("earned"));
        assertEquals(0, outboxEvents("NJ:2018-19:" + first));
    }

    @Test
    void unparseableJsonAndABadSchoolYearAre400() {
        asSubmitter("NJ").body("[{\"credentialId\": ").post("/api/v1/states/NJ/submissions?schoolYear=2019")
                .then().statusCode(400).contentType("application/problem+json");
        asSubmitter("NJ").body(rows(first, 1)).post("/api/v1/states/NJ/submissions?schoolYear=2019-21")
                .then().statusCode(400).body("errors[0].field", equalTo("schoolYear"));
        asSubmitter("NJ").body("{\"credentialId\": \"x\"}").post("/api/v1/states/NJ/submissions?schoolYear=2019")
                .then().statusCode(422).body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void onlyASubmitterOfThatStateMayPush() {
        given().contentType(ContentType.JSON).body(rows(first, 1))
                .post("/api/v1/states/NJ/submissions?schoolYear=2019")
                .then().statusCode(401).contentType("application/problem+json");
        asSubmitter("NY").body(rows(first, 1)).post("/api/v1/states/NJ/submissions?schoolYear=2019")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("NY"));
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null)).contentType(ContentType.JSON)
                .body(rows(first, 1)).post("/api/v1/states/NJ/submissions?schoolYear=2019")
                .then().statusCode(403);
    }
}
