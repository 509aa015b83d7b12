package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.credalign.attainment.api.TestData.allRows;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Modes, dry runs, stored reports, idempotency, withdrawal, history, size limits and background processing. */
@QuarkusTest
class SubmissionLifecycleTest {

    @Inject
    TestData data;

    private static String post(String state, String year, String body, int status) {
        return asSubmitter(state).contentType(ContentType.JSON).body(body)
                .post("/api/v1/states/" + state + "/submissions?schoolYear=" + year)
                .then().statusCode(status).extract().path("id");
    }

    private String statusOf(String state, String id) {
        return asSubmitter(state).get("/api/v1/states/" + state + "/submissions/" + id).then().statusCode(200)
                .extract().path("status");
    }

    @Test
    void partialModeAppliesTheValidRowsAndListsTheRejects() {
        String good = data.credential("ACTIVE");
        String body = """
                [{"credentialId": "%s", "level": "SECONDARY", "subgroup": "ALL", "earned": 9},
                 {"credentialId": "nope-%s", "level": "SECONDARY", "subgroup": "ALL", "earned": 1}]"""
                .formatted(good, good);
        asSubmitter("OR").contentType(ContentType.JSON).body(body)
                .post("/api/v1/states/OR/submissions?schoolYear=2016&mode=partial")
                .then().statusCode(201).body("status", equalTo("ACCEPTED"), "mode", equalTo("PARTIAL"),
                        "rowsReceived", equalTo(2), "rowsAccepted", equalTo(1), "errorCount", equalTo(1),
                        "errors[0].row", equalTo(2), "errors[0].field", equalTo("credentialId"));
        assertEquals(1, data.count("select count(*) from outbox_event where message_key = ?1", "OR:2015-16:" + good));
        asSubmitter("OR").contentType(ContentType.JSON).body(body)
                .post("/api/v1/states/OR/submissions?schoolYear=2016&mode=sometimes")
                .then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void aDryRunReportsWithoutApplyingAndARejectedSubmissionIsStoredWithItsReport() {
        String cred = data.credential("ACTIVE");
        String dry = asSubmitter("OR").contentType(ContentType.JSON).body(allRows(cred, 3))
                .post("/api/v1/states/OR/submissions?schoolYear=2017&dryRun=true")
                .then().statusCode(200).body("status", equalTo("VALIDATED"), "dryRun", equalTo(true))
                .extract().path("id");
        assertEquals(0, data.count("select count(*) from outbox_event where message_key = ?1", "OR:2016-17:" + cred));
        assertEquals(0, data.count("select count(*) from earned_count where submission_id = ?1", UUID.fromString(dry)));

        StringBuilder bad = new StringBuilder("credentialId,level,subgroup,earned\n");
        for (int i = 0; i < 1200; i++) {
            bad.append(cred).append(",SECONDARY,ALL,x").append(i).append('\n');
        }
        asSubmitter("OR").contentType("text/csv").body(bad.toString())
                .post("/api/v1/states/OR/submissions?schoolYear=2017")
                .then().statusCode(422).body("errors", hasSize(1000), "detail", containsString("1200 error(s)"));
        String rejected = asSubmitter("OR").queryParam("schoolYear", "2016-17").get("/api/v1/states/OR/submissions")
                .then().statusCode(200).body("items[0].status", equalTo("REJECTED"), "items[1].status",
                        equalTo("VALIDATED")).extract().path("items[0].id");
        asSubmitter("OR").get("/api/v1/states/OR/submissions/" + rejected).then().statusCode(200)
                .body("errorCount", equalTo(1200), "errors", hasSize(1000), "reportUrl", containsString("/errors"));
        asSubmitter("OR").queryParam("page", 2).queryParam("size", 500)
                .get("/api/v1/states/OR/submissions/" + rejected + "/errors")
                .then().statusCode(200).body("totalItems", equalTo(1200), "items", hasSize(200),
                        "items[0].row", equalTo(1002), "items[0].severity", equalTo("ERROR"),
                        "items[0].field", equalTo("earned"));
        String csv = asSubmitter("OR").accept("text/csv").get("/api/v1/states/OR/submissions/" + rejected + "/errors")
                .then().statusCode(200).extract().asString();
        assertEquals(1201, csv.split("\r\n").length, "header and every issue");
        asSubmitter("NY").get("/api/v1/states/OR/submissions/" + rejected + "/errors").then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesADifferentBody() {
        String cred = data.credential("ACTIVE");
        String key = UUID.randomUUID().toString();
        String first = asSubmitter("ME").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(allRows(cred, 5)).post("/api/v1/states/ME/submissions?schoolYear=2018")
                .then().statusCode(201).extract().path("id");
        long before = data.count("select count(*) from submission where state = 'ME'");
        asSubmitter("ME").header("Idempotency-Key", key).contentType(ContentType.JSON).body(allRows(cred, 5))
                .post("/api/v1/states/ME/submissions?schoolYear=2018")
                .then().statusCode(201).body("id", equalTo(first));
        assertEquals(before, data.count("select count(*) from submission where state = 'ME'"));
        asSubmitter("ME").header("Idempotency-Key", key).contentType(ContentType.JSON).body(allRows(cred, 6))
                .post("/api/v1/states/ME/submissions?schoolYear=2018")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));

        String badKey = UUID.randomUUID().toString();
        String bad = allRows("unknown-" + cred, 1);
        asSubmitter("ME").header("Idempotency-Key", badKey).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/states/ME/submissions?schoolYear=2018").then().statusCode(422)
                .body("errors[0].field", equalTo("credentialId"));
        asSubmitter("ME").header("Idempotency-Key", badKey).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/states/ME/submissions?schoolYear=2018").then().statusCode(422)
                .body("errors[0].field", equalTo("credentialId"));
    }

    @Test
    void withdrawRestoresThePreviousAcceptedSubmissionWithNewerEvents() {
        String a = data.credential("ACTIVE");
        String b = data.credential("ACTIVE");
        String first = post("NH", "2019", allRows(a, 10), 201);
        String second = post("NH", "2019", allRows(b, 20), 201);
        assertEquals("SUPERSEDED", statusOf("NH", first));

        asSubmitter("NH").post("/api/v1/states/NH/submissions/" + first + "/withdraw").then().statusCode(409)
                .contentType("application/problem+json");
        asSubmitter("NH").post("/api/v1/states/NH/submissions/" + second + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEquals("ACCEPTED", statusOf("NH", first));
        String restored = data.lastPayload("NH:2018-19:" + a);
        String removed = data.lastPayload("NH:2018-19:" + b);
        assertTrue(restored.contains("\"earned\":10") && restored.contains(first), restored);
        assertTrue(removed.contains("\"removed\":true"), removed);
        long restoredVersion = data.count("select max(entity_version) from outbox_event where message_key = ?1",
                "NH:2018-19:" + a);
        long withdrawnVersion = data.count("select min(entity_version) from outbox_event where message_key = ?1",
                "NH:2018-19:" + b);
        assertTrue(restoredVersion > withdrawnVersion, "consumers must apply the restored counts");
        String marker = data.lastPayload("NH:2018-19");
        assertTrue(marker.contains("\"keyCount\":2") && marker.contains(first), marker);
        // identical content to the (restored) current submission: 200, that submission, no new events
        long events = data.count("select count(*) from outbox_event where message_key like 'NH:2018-19%'");
        post("NH", "2019", allRows(a, 10), 200);
        assertEquals(events, data.count("select count(*) from outbox_event where message_key like 'NH:2018-19%'"));
    }

    @Test
    void aLargeChangeFromThePreviousYearAndARetiredCredentialAreWarningsNotErrors() {
        String cred = data.credential("ACTIVE");
        String retired = data.credential("RETIRED");
        post("RI", "2020", allRows(cred, 100), 201);
        asSubmitter("RI").contentType(ContentType.JSON).body(allRows(cred, 200, retired, 4))
                .post("/api/v1/states/RI/submissions?schoolYear=2021")
                .then().statusCode(201).body("warningCount", equalTo(2),
                        "warnings.field", org.hamcrest.Matchers.containsInAnyOrder("earned", "credentialId"),
                        "warnings.message", org.hamcrest.Matchers.hasItem(containsString("retired")));
    }

    @Test
    void historyListsEverySubmissionNewestFirstAndStatusIsPublic() {
        String cred = data.credential("ACTIVE");
        post("SD", "2022", allRows(cred, 1), 201);
        post("SD", "2022", allRows(cred, 2), 201);
        asSubmitter("SD").queryParam("schoolYear", "2021-22").get("/api/v1/states/SD/submissions")
                .then().statusCode(200).body("items[0].status", equalTo("ACCEPTED"),
                        "items[1].status", equalTo("SUPERSEDED"), "totalItems", greaterThan(1));
        String csv = asSubmitter("SD").accept("text/csv").get("/api/v1/states/SD/submissions").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.startsWith("id,schoolYear,status"), csv);
        given().queryParam("schoolYear", "2021-22").get("/api/v1/submissions/status").then().statusCode(200)
                .body("find { it.state == 'SD' }.status", equalTo("ACCEPTED"),
                        "find { it.state == 'SD' }.submittedAt", notNullValue());
        given().get("/api/v1/submissions/status").then().statusCode(400).body("errors[0].field",
                equalTo("schoolYear"));
        given().get("/api/v1/states/SD/submissions").then().statusCode(401);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "credentialId,level,subgroup,earned\n" + "x,SECONDARY,ALL,1\n".repeat(12_000);
        asSubmitter("ND").contentType("text/csv").body(huge).post("/api/v1/states/ND/submissions?schoolYear=2022")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("200000"));
    }

    @Test
    void aStreamedBodyWithoutContentLengthIsCutAtTheLimitWith413() throws Exception {
        byte[] huge = ("credentialId,level,subgroup,earned\n" + "x,SECONDARY,ALL,1\n".repeat(12_000))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/states/ND/submissions?schoolYear=2022"))
                .header("Authorization", org.credalign.testsupport.DevTokens.bearer(
                        org.credalign.commons.security.Roles.STATE_SUBMITTER, "ND"))
                .header("Content-Type", "text/csv")
                // an InputStream publisher has no known length: the body goes chunked, so only counting can stop it
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge)))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void largeOrAsyncBodiesAre202WithAStatusUrlUntilAccepted() {
        String cred = data.credential("ACTIVE");
        StringBuilder csv = new StringBuilder("studentKey,credentialId,level,sex\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("student-").append(i).append(',').append(cred).append(",SECONDARY,").append(i % 2 == 0 ? "F" : "M")
                    .append('\n');
        }
        assertTrue(csv.length() > 50_000, "over the test profile's async threshold");
        String location = asSubmitter("ND").contentType("text/csv").body(csv.toString())
                .post("/api/v1/states/ND/submissions?schoolYear=2023")
                .then().statusCode(202).header("Location", containsString("/api/v1/states/ND/submissions/"))
                .body("status", equalTo("PROCESSING")).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"PROCESSING".equals(asSubmitter("ND").get(location)
                .then().extract().path("status")));
        asSubmitter("ND").get(location).then().body("status", equalTo("ACCEPTED"), "rowsProcessed", equalTo(2500),
                "rowsAccepted", equalTo(2500));
        assertTrue(data.lastPayload("ND:2022-23:" + cred).contains("\"subgroup\":\"SEX:F\",\"earned\":1250"));

        String small = asSubmitter("ND").header("Prefer", "respond-async").contentType(ContentType.JSON)
                .body(allRows("unknown-" + cred, 1)).post("/api/v1/states/ND/submissions?schoolYear=2023")
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"PROCESSING".equals(asSubmitter("ND").get(small)
                .then().extract().path("status")));
        asSubmitter("ND").get(small).then().body("status", equalTo("REJECTED"), "errors[0].field",
                equalTo("credentialId"));
    }
}
