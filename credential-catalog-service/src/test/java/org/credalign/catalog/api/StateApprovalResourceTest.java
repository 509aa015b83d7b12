package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.credalign.catalog.api.TestCredentials.admin;
import static org.credalign.catalog.api.TestCredentials.json;
import static org.credalign.catalog.api.TestCredentials.uniqueId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * A state has one list whatever the run, so each test reads the current version first and asserts relative to it;
 * each test uses its own state.
 */
@QuarkusTest
class StateApprovalResourceTest {

    @Inject
    EntityManager entityManager;

    private static String path(String state) {
        return "/api/v1/states/" + state + "/approved-credentials";
    }

    private static int currentVersion(String state) {
        return given().get(path(state)).then().statusCode(200).extract().path("version");
    }

    private static String newCredential() {
        String id = uniqueId("listed");
        TestCredentials.create(json(id, "Listed", "Issuer", "15-1232", "[]"));
        return id;
    }

    @Test
    void anAdminReplacesTheWholeListAndTheSameListAgainChangesNothing() {
        String a = newCredential();
        String b = newCredential();
        int before = currentVersion("CO");
        String body = """
                {"entries": [{"credentialId": "%s", "status": "APPROVED", "approvedOn": "2024-07-01",
                              "reviewDue": "2027-06-30", "incentiveAmount": 1000},
                             {"credentialId": "%s", "status": "PHASING_OUT"}]}""".formatted(b, a);
        given().header("Authorization", admin()).header("If-Match", "\"" + before + "\"")
                .contentType(ContentType.JSON).body(body).put(path("CO")).then().statusCode(200)
                .header("ETag", "\"" + (before + 1) + "\"")
                .body("state", equalTo("CO"), "version", equalTo(before + 1), "entries", hasSize(2),
                        "entries.find { it.credentialId == '" + b + "' }.incentiveAmount", equalTo(1000.0f),
                        "entries.find { it.credentialId == '" + b + "' }.reviewDue", equalTo("2027-06-30"),
                        "entries.find { it.credentialId == '" + a + "' }.approvedOn", equalTo(null));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).put(path("CO")).then()
                .statusCode(200).body("version", equalTo(before + 1));
        given().get(path("CO")).then().statusCode(200).body("version", equalTo(before + 1),
                "entries.credentialId", hasItem(a), "changedBy", equalTo("dev-catalog-admin"));
        given().header("Authorization", admin()).header("If-Match", "\"" + before + "\"")
                .contentType(ContentType.JSON).body("{\"entries\": []}").put(path("CO")).then().statusCode(412);
    }

    @Test
    void theListOfAnEarlierDateStaysReadable() {
        String a = newCredential();
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"entries\": [{\"credentialId\": \"" + a + "\", \"status\": \"UNDER_REVIEW\"}]}")
                .put(path("OR")).then().statusCode(200);
        int reviewed = currentVersion("OR");
        // Move that version back in time, as if it had been written on 2020-03-01.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update state_approval_list set changed_at = '2020-03-01T12:00:00Z' where state = 'OR' "
                                + "and version = ?1")
                .setParameter(1, reviewed).executeUpdate());
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"entries\": [{\"credentialId\": \"" + a + "\", \"status\": \"APPROVED\"}]}")
                .put(path("OR")).then().statusCode(200).body("version", equalTo(reviewed + 1));

        given().queryParam("asOf", "2020-03-01").get(path("OR")).then().statusCode(200)
                .body("version", equalTo(reviewed), "entries[0].status", equalTo("UNDER_REVIEW"));
        given().queryParam("asOf", "2020-02-29").get(path("OR")).then().statusCode(200)
                .body("entries.credentialId", org.hamcrest.Matchers.not(hasItem(a)));
        given().queryParam("asOf", "1999-12-31").get(path("OR")).then().statusCode(200)
                .body("version", equalTo(0), "entries", hasSize(0));
        given().queryParam("asOf", "2020-13-01").get(path("OR")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void aStateSubmitterWritesOnlyItsOwnStatesList() {
        String a = newCredential();
        String body = "{\"entries\": [{\"credentialId\": \"" + a + "\", \"status\": \"APPROVED\"}]}";
        given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "KS")).contentType(ContentType.JSON)
                .body(body).put(path("KS")).then().statusCode(200).body("changedBy", equalTo("dev-state-submitter-ks"));
        given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "KS")).contentType(ContentType.JSON)
                .body(body).put(path("NE")).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.DEMAND_ADMIN, null)).contentType(ContentType.JSON)
                .body(body).put(path("KS")).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).put(path("KS")).then().statusCode(401);
    }

    @Test
    void everyBrokenRuleIsA422NamingEntryAndField() {
        String a = newCredential();
        String retired = newCredential();
        given().header("Authorization", admin()).delete("/api/v1/credentials/" + retired).then().statusCode(200);
        int before = currentVersion("AZ");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("""
                {"entries": [{"credentialId": "no-such-credential", "status": "APPROVED"},
                             {"credentialId": "%s", "status": "MAYBE", "approvedOn": "2024-07-01",
                              "reviewDue": "2024-06-30", "incentiveAmount": -5},
                             {"credentialId": "%s", "status": "APPROVED"}]}""".formatted(a, retired))
                .put(path("AZ")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("entries[0].credentialId", "entries[1].status",
                        "entries[1].reviewDue", "entries[1].incentiveAmount", "entries[2].status")));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"entries\": [{\"credentialId\": \"" + a + "\", \"status\": \"APPROVED\", "
                        + "\"approvedOn\": \"July 1st\"}]}")
                .put(path("AZ")).then().statusCode(422).body("errors[0].field", equalTo("entries[0].approvedOn"));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{}").put(path("AZ")).then()
                .statusCode(422).body("errors[0].field", equalTo("entries"));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{\"entries\": [").put(path("AZ"))
                .then().statusCode(400);
        given().get(path("AZ")).then().body("version", equalTo(before));
    }

    @Test
    void anUnknownStateIs404() {
        given().get(path("XX")).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{\"entries\": []}")
                .put(path("nj")).then().statusCode(404);
    }
}
