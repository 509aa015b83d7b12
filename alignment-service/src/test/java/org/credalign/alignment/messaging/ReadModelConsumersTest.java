package org.credalign.alignment.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Through the real broker: events become the read model; duplicates and stale versions change nothing. */
@QuarkusTest
class ReadModelConsumersTest {

    private static String credential(String id, String name, long version) {
        return """
                {"id": "%s", "name": "%s", "issuer": "AWS", "type": "CERTIFICATION", "clusters": ["MN"],
                 "occupations": ["51-4121"], "secondaryAppropriate": true, "requiredInStates": [],
                 "status": "ACTIVE", "version": %d, "changedBy": "test"}""".formatted(id, name, version);
    }

    private static String attainment(String state, String credentialId, int secondary, boolean removed,
            long version) {
        String counts = removed ? "[]" : """
                [{"level": "SECONDARY", "subgroup": "ALL", "earned": %d},
                 {"level": "SECONDARY", "subgroup": "SEX:F", "earned": 3},
                 {"level": "POSTSECONDARY", "subgroup": "ALL", "earned": 4}]""".formatted(secondary);
        return """
                {"state": "%s", "schoolYear": "2020-21", "credentialId": "%s", "counts": %s, "removed": %s,
                 "submissionId": "%s", "version": %d, "changedBy": "test"}"""
                .formatted(state, credentialId, counts, removed, UUID.randomUUID(), version);
    }

    private static int earnedOf(String state, String credentialId) {
        Integer earned = given().get("/api/v1/alignment/states/" + state + "/credentials?schoolYear=2020-21")
                .then().statusCode(200).extract().path("items.find { it.credentialId == '" + credentialId
                        + "' }.earned");
        return earned == null ? -1 : earned;
    }

    private static void sendAttainment(String state, String credentialId, int secondary, boolean removed,
            long version) {
        KafkaTestClient.send("attainment.earned.v1", 0, state + ":2020-21:" + credentialId,
                attainment(state, credentialId, secondary, removed, version), version);
    }

    @Test
    void attainmentIsListedPerCredentialAndReplaysChangeNothing() {
        String id = "aws-welder-" + UUID.randomUUID().toString().substring(0, 6);
        KafkaTestClient.send("catalog.credentials.v1", id, credential(id, "AWS Certified Welder", 1), 1);
        sendAttainment("WY", id, 50, false, 10);
        await().atMost(Duration.ofSeconds(60)).until(() -> earnedOf("WY", id) == 54);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/alignment/states/WY/credentials?schoolYear=2020-21")
                .then().body("items.find { it.credentialId == '" + id + "' }.credentialName",
                        equalTo("AWS Certified Welder")));

        sendAttainment("WY", id, 50, false, 10);      // duplicate delivery
        sendAttainment("WY", id, 999, false, 9);      // older version arriving late
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 6);
        sendAttainment("WY", marker, 1, false, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> earnedOf("WY", marker) == 5);
        org.junit.jupiter.api.Assertions.assertEquals(54, earnedOf("WY", id));

        sendAttainment("WY", id, 0, true, 11);        // a replacing submission dropped it
        await().atMost(Duration.ofSeconds(60)).until(() -> earnedOf("WY", id) == -1);
    }

    @Test
    void aStateWithoutDataIsAnEmptyPageAndBadInputIsAProblem() {
        // 2000-01: a school year no other test writes (other tests pick states at random, so a state alone is not enough)
        given().get("/api/v1/alignment/states/VT/credentials?schoolYear=2000-01").then().statusCode(200)
                .body("items", hasSize(0), "totalItems", equalTo(0));
        given().get("/api/v1/alignment/states/XX/credentials").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/alignment/states/NJ/credentials?schoolYear=twenty").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("schoolYear"));
    }
}
