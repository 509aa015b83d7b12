package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Inputs the contract-test bad-input sweep found answered with a 500 or silently stored as something else. */
@QuarkusTest
class BadInputRegressionTest {

    @TestHTTPResource("/api/v1/credentials/imports")
    URI imports;

    private static String uniqueId() {
        return "bad-input-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String credential(String id, String name, String code) {
        return """
                {"id": "%s", "name": %s, "issuer": "CompTIA", "type": "CERTIFICATION", "clusters": ["IT"],
                 "externalCodes": [{"system": "NJ", "code": "%s"}]}""".formatted(id, name, code);
    }

    @Test
    void aNulCharacterInAnImportedCodeIsA400NotA500() {
        String id = uniqueId();
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body("[" + credential(id, "\"A\"", "NJ\\u0000X") + "]")
                .when().post("/api/v1/credentials/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("NUL"));
        given().when().get("/api/v1/credentials/" + id).then().statusCode(404);
    }

    @Test
    void aNulCharacterInThePathIsA400NotA500() {
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .urlEncodingEnabled(false)
                .when().delete("/api/v1/credentials/a%00b")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNumberWhereTextBelongsIsA422NamingTheFieldNotTextStored() {
        String id = uniqueId();
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body(credential(id, "42", "NJ-" + id))
                .when().post("/api/v1/credentials")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().when().get("/api/v1/credentials/" + id).then().statusCode(404);
    }

    @Test
    void textAfterTheJsonDocumentIsA400NotIgnored() {
        String id = uniqueId();
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body(credential(id, "\"A\"", "NJ-" + id) + " }}")
                .when().post("/api/v1/credentials")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
        given().when().get("/api/v1/credentials/" + id).then().statusCode(404);
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        String padding = "x".repeat(11 * 1024 * 1024);
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                .contentType(ContentType.JSON).body("{\"padding\": \"" + padding + "\"}")
                .when().post("/api/v1/credentials")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void anImportWithoutContentTypeIsA415() throws Exception {
        // REST Assured always sends a Content-Type with a body; the JDK client sends none unless told.
        String id = uniqueId();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(imports)
                        .header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null))
                        .POST(HttpRequest.BodyPublishers.ofString("[" + credential(id, "\"A\"", "NJ-" + id) + "]"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        given().when().get("/api/v1/credentials/" + id).then().statusCode(404);
    }
}
