package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;

/** Unique test data and the requests the catalog tests share. */
final class TestCredentials {

    private TestCredentials() {
    }

    static String admin() {
        return DevTokens.bearer(Roles.CATALOG_ADMIN, null);
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A SOC code no other test uses (with high probability): a filter that isolates one test's credentials. */
    static String uniqueSoc() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        return "%02d-%04d".formatted(n / 10_000, n % 10_000);
    }

    static String json(String id, String name, String issuer, String soc, String codesJson) {
        return """
                {"id": "%s", "name": "%s", "issuer": "%s", "type": "CERTIFICATION", "clusters": ["IT"],
                 "occupations": ["%s"], "externalCodes": %s}""".formatted(id, name, issuer, soc, codesJson);
    }

    static void create(String body) {
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/credentials").then().statusCode(201);
    }
}
