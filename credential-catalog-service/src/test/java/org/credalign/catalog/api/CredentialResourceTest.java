package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CredentialResourceTest {

    @Inject
    EntityManager entityManager;

    private static String uniqueId() {
        return "test-cred-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String id) {
        return """
                {"id": "%s", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
                 "clusters": ["IT"], "occupations": ["15-1232"]}""".formatted(id);
    }

    @Test
    void createStoresTheCredentialAndItsOutboxEventTogether() {
        String id = uniqueId();
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body(body(id))
                .when().post("/api/v1/credentials")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/credentials/" + id))
                .header("ETag", containsString("1"))
                .body("id", equalTo(id), "status", equalTo("ACTIVE"), "version", equalTo(1),
                        "secondaryAppropriate", equalTo(true), "changedBy", equalTo("dev-catalog-admin"));

        given().when().get("/api/v1/credentials/" + id)
                .then().statusCode(200).body("name", equalTo("CompTIA A+"), "clusters", hasItem("IT"));

        Number events = (Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from outbox_event where message_key = ?1 and topic = ?2")
                .setParameter(1, id).setParameter(2, "catalog.credentials.v1").getSingleResult());
        org.junit.jupiter.api.Assertions.assertEquals(1, events.intValue());
    }

    @Test
    void everyBrokenRuleIsListedAsA422Problem() {
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON)
                .body("""
                        {"id": "Bad Id", "name": "", "issuer": "X", "type": "CERT",
                         "clusters": ["IT", "XX"], "occupations": ["151232"], "requiredInStates": ["NJ"]}""")
                .when().post("/api/v1/credentials")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422), "instance", equalTo("/api/v1/credentials"),
                        "errors.field", hasItem("id"), "errors.field", hasItem("name"),
                        "errors.field", hasItem("type"), "errors.field", hasItem("clusters[1]"),
                        "errors.field", hasItem("occupations[0]"), "errors", hasSize(5));
    }

    @Test
    void aValueOfTheWrongTypeOrAnUnknownFieldIsA422NamingTheField() {
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body("{\"id\": \"x\", \"clusters\": 5}")
                .when().post("/api/v1/credentials")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("clusters"));
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body("{\"id\": \"x\", \"colour\": \"red\"}")
                .when().post("/api/v1/credentials")
                .then().statusCode(422).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void unparseableJsonIsA400Problem() {
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body("{\"id\": ")
                .when().post("/api/v1/credentials")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void aDuplicateIdIsAConflict() {
        String id = uniqueId();
        String admin = DevTokens.bearer(Roles.CATALOG_ADMIN, null);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(body(id))
                .post("/api/v1/credentials").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(body(id))
                .post("/api/v1/credentials").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void writesNeedAValidCatalogAdminToken() {
        given().contentType(ContentType.JSON).body(body(uniqueId()))
                .post("/api/v1/credentials").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "NJ"))
                .contentType(ContentType.JSON).body(body(uniqueId()))
                .post("/api/v1/credentials").then().statusCode(403).contentType("application/problem+json");
        String expired = DevTokens.token("someone", Roles.CATALOG_ADMIN, null, DevTokens.ISSUER, DevTokens.AUDIENCE,
                Instant.now().minusSeconds(600));
        given().header("Authorization", "Bearer " + expired).contentType(ContentType.JSON).body(body(uniqueId()))
                .post("/api/v1/credentials").then().statusCode(401);
        String foreignIssuer = DevTokens.token("someone", Roles.CATALOG_ADMIN, null, "https://evil.example",
                DevTokens.AUDIENCE, Instant.now().plusSeconds(600));
        given().header("Authorization", "Bearer " + foreignIssuer).contentType(ContentType.JSON)
                .body(body(uniqueId())).post("/api/v1/credentials").then().statusCode(401);
    }

    @Test
    void unknownCredentialIsA404Problem() {
        given().get("/api/v1/credentials/no-such-credential")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-credential"));
    }

    @Test
    void listIsPaginatedAndRejectsBadPaging() {
        given().get("/api/v1/credentials?page=0&size=2").then().statusCode(200)
                .body("page", equalTo(0), "size", equalTo(2));
        given().get("/api/v1/credentials?size=501").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void theSixteenCareerClustersAreSeeded() {
        given().get("/api/v1/career-clusters").then().statusCode(200)
                .body("$", hasSize(16), "code", hasItem("HS"), "find { it.code == 'IT' }.name",
                        equalTo("Information Technology"));
    }
}
