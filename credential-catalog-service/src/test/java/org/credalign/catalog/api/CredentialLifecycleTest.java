package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.credalign.catalog.api.TestCredentials.admin;
import static org.credalign.catalog.api.TestCredentials.json;
import static org.credalign.catalog.api.TestCredentials.uniqueId;
import static org.credalign.catalog.api.TestCredentials.uniqueSoc;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Crosswalk codes, replace with If-Match, retire, resolve. */
@QuarkusTest
class CredentialLifecycleTest {

    @Inject
    EntityManager entityManager;

    private long events(String id) {
        Number n = (Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from outbox_event where message_key = ?1 and topic = ?2")
                .setParameter(1, id).setParameter(2, "catalog.credentials.v1").getSingleResult());
        return n.longValue();
    }

    @Test
    void aCredentialKeepsItsCodesDescriptionAndUrlAndResolvesByEachCode() {
        String id = uniqueId("codes");
        String code = uniqueId("NJ-IT");
        TestCredentials.create("""
                {"id": "%s", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION", "clusters": ["IT"],
                 "externalCodes": [{"system": "NJ", "code": "%s"}, {"system": "CTID", "code": "ce-%s"}],
                 "description": "Entry-level IT support", "url": "https://www.comptia.org/certifications/a"}"""
                .formatted(id, code, id));
        given().get("/api/v1/credentials/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("externalCodes", hasSize(2), "externalCodes[0].system", equalTo("CTID"),
                        "externalCodes[1].code", equalTo(code), "description", equalTo("Entry-level IT support"),
                        "url", equalTo("https://www.comptia.org/certifications/a"),
                        "clusterFramework", equalTo("NCCF-2008"));
        given().queryParam("system", "NJ").queryParam("code", code).get("/api/v1/credentials/resolve")
                .then().statusCode(200).body("id", equalTo(id));
        given().queryParam("system", "CTID").queryParam("code", "ce-" + id).get("/api/v1/credentials/resolve")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aCodeOfASystemNamesOneCredentialOnly() {
        String code = uniqueId("FL");
        TestCredentials.create(json(uniqueId("first"), "First", "X", "15-1232",
                "[{\"system\": \"FL\", \"code\": \"" + code + "\"}]"));
        String second = uniqueId("second");
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(json(second, "Second", "X", "15-1232", "[{\"system\": \"NJ\", \"code\": \"" + code
                        + "\"}, {\"system\": \"FL\", \"code\": \"" + code + "\"}]"))
                .post("/api/v1/credentials").then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1), "errors[0].field", equalTo("externalCodes[1].code"),
                        "errors[0].message", containsString("already names credential"));
        given().get("/api/v1/credentials/" + second).then().statusCode(404);
    }

    @Test
    void replaceNeedsIfMatchRefusesAStaleVersionAndBumpsTheVersionOnlyOnChange() {
        String id = uniqueId("replace");
        String soc = uniqueSoc();
        TestCredentials.create(json(id, "Old name", "Issuer", soc, "[]"));
        String changed = json(id, "New name", "Issuer", soc, "[{\"system\": \"CTID\", \"code\": \"ce-" + id + "\"}]");

        given().header("Authorization", admin()).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/credentials/" + id).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", admin()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(changed).put("/api/v1/credentials/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString("version 1"));
        given().header("Authorization", admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(changed).put("/api/v1/credentials/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("version", equalTo(2), "name", equalTo("New name"), "externalCodes[0].code",
                        equalTo("ce-" + id));
        // The same content again: nothing changes, no event.
        given().header("Authorization", admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(changed).put("/api/v1/credentials/" + id).then().statusCode(200).body("version", equalTo(2));
        // Replaying the first request with its old ETag is refused rather than undoing the change.
        given().header("Authorization", admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(json(id, "Old name", "Issuer", soc, "[]")).put("/api/v1/credentials/" + id)
                .then().statusCode(412);
        Assertions.assertEquals(2, events(id));
    }

    @Test
    void replaceReportsEveryBrokenRuleAndAnIdOtherThanThePath() {
        String id = uniqueId("replace-bad");
        TestCredentials.create(json(id, "Name", "Issuer", "15-1232", "[]"));
        given().header("Authorization", admin()).header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"id\": \"other\", \"name\": \"N\", \"issuer\": \"I\", \"type\": \"SOFTWARE\", "
                        + "\"clusters\": [\"IT\"]}")
                .put("/api/v1/credentials/" + id).then().statusCode(422).body("errors[0].field", equalTo("id"));
        given().header("Authorization", admin()).header("If-Match", "*").contentType(ContentType.JSON)
                .body("""
                        {"name": "", "issuer": "I", "type": "SOFTWARE", "clusters": [],
                         "externalCodes": [{"system": "nj", "code": ""}], "url": "not a url", "status": "GONE"}""")
                .put("/api/v1/credentials/" + id).then().statusCode(422)
                .body("errors.field", hasItem("name"), "errors.field", hasItem("clusters"),
                        "errors.field", hasItem("externalCodes[0].system"),
                        "errors.field", hasItem("externalCodes[0].code"), "errors.field", hasItem("url"),
                        "errors.field", hasItem("status"), "errors", hasSize(6));
        given().header("Authorization", admin()).header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"name\": ").put("/api/v1/credentials/" + id).then().statusCode(400);
        given().header("Authorization", admin()).header("If-Match", "*").contentType(ContentType.JSON)
                .body(json("nowhere", "N", "I", "15-1232", "[]")).put("/api/v1/credentials/no-such-credential")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void retiringKeepsTheCredentialReadableAndResolvableAndHappensOnce() {
        String id = uniqueId("retire");
        String code = uniqueId("TX");
        TestCredentials.create(json(id, "To retire", "Issuer", "15-1232",
                "[{\"system\": \"TX\", \"code\": \"" + code + "\"}]"));
        given().header("Authorization", admin()).header("If-Match", "\"5\"").delete("/api/v1/credentials/" + id)
                .then().statusCode(412);
        given().header("Authorization", admin()).delete("/api/v1/credentials/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("RETIRED"), "version", equalTo(2));
        given().header("Authorization", admin()).delete("/api/v1/credentials/" + id).then().statusCode(200)
                .body("version", equalTo(2));
        given().get("/api/v1/credentials/" + id).then().statusCode(200).body("status", equalTo("RETIRED"));
        given().queryParam("system", "TX").queryParam("code", code).get("/api/v1/credentials/resolve")
                .then().statusCode(200).body("id", equalTo(id), "status", equalTo("RETIRED"));
        Assertions.assertEquals(2, events(id));
        // A replace without status keeps it retired; with ACTIVE it comes back.
        given().header("Authorization", admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(json(id, "Back", "Issuer", "15-1232", "[]").replace("}", ", \"status\": \"ACTIVE\"}"))
                .put("/api/v1/credentials/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"), "version", equalTo(3));
        given().header("Authorization", admin()).delete("/api/v1/credentials/no-such-credential")
                .then().statusCode(404);
    }

    @Test
    void resolveNeedsSystemAndCodeAndAnswers404ForAnUnknownCode() {
        given().get("/api/v1/credentials/resolve").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("system"), "errors.field", hasItem("code"));
        given().queryParam("system", "NJ").queryParam("code", uniqueId("none")).get("/api/v1/credentials/resolve")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesNeedACatalogAdmin() {
        String id = uniqueId("auth");
        TestCredentials.create(json(id, "Auth", "Issuer", "15-1232", "[]"));
        given().header("If-Match", "*").contentType(ContentType.JSON).body(json(id, "X", "I", "15-1232", "[]"))
                .put("/api/v1/credentials/" + id).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "NJ")).header("If-Match", "*")
                .contentType(ContentType.JSON).body(json(id, "X", "I", "15-1232", "[]"))
                .put("/api/v1/credentials/" + id).then().statusCode(403);
        given().delete("/api/v1/credentials/" + id).then().statusCode(401);
        given().header("Authorization", DevTokens.bearer(Roles.DEMAND_ADMIN, null)).delete("/api/v1/credentials/" + id)
                .then().statusCode(403);
    }
}
