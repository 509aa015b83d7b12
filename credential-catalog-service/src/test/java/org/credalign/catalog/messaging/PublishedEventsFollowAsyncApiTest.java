package org.credalign.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.AsyncApiContract;
import org.credalign.testsupport.DevTokens;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document the service serves is the contract integrators code against: every record this service has
 * published on the real broker (this test's and every earlier test's) must match it — key, CloudEvents headers and
 * payload. Approvals use Montana, which no other catalog test writes.
 */
@QuarkusTest
class PublishedEventsFollowAsyncApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everyRecordTheCatalogPublishedMatchesItsAsyncApiDocument() {
        String admin = DevTokens.bearer(Roles.CATALOG_ADMIN, null);
        String id = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", admin).contentType(ContentType.JSON).body("""
                {"id": "%s", "name": "Contract check", "issuer": "NCCER", "type": "CERTIFICATION", "clusters": ["AC"],
                 "occupations": ["47-2111"], "externalCodes": [{"system": "CTID", "code": "ce-%s"}],
                 "description": "Every optional field set", "url": "https://example.org/%s"}""".formatted(id, id, id))
                .post("/api/v1/credentials").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON).body("""
                {"entries": [{"credentialId": "%s", "status": "APPROVED", "incentiveAmount": 500}]}""".formatted(id))
                .put("/api/v1/states/MT/approved-credentials").then().statusCode(200);
        // Retired after listing (a retired credential cannot be listed): version 2 carries status RETIRED.
        given().header("Authorization", admin).delete("/api/v1/credentials/" + id).then().statusCode(200);
        assertNotNull(KafkaTestClient.awaitRecord("catalog.credentials.v1",
                r -> id.equals(r.key()) && "2".equals(KafkaTestClient.header(r, "version")), WAIT));
        assertNotNull(KafkaTestClient.awaitRecord("catalog.state-approvals.v1",
                r -> "MT".equals(r.key()) && r.value().contains(id), WAIT));

        AsyncApiContract contract = AsyncApiContract.fromClasspath("META-INF/resources/asyncapi.yaml");
        AsyncApiContract.PublishedCheck check = contract.checkPublished("credential-catalog-service", WAIT);

        assertEquals(List.of(), check.violations());
        assertTrue(check.keys().contains("catalog.credentials.v1/" + id), "this test's credential was checked");
        assertTrue(check.keys().contains("catalog.state-approvals.v1/MT"), "this test's approved list was checked");
        assertEquals(contract.topics(), check.recordsByTopic().keySet());
    }
}
