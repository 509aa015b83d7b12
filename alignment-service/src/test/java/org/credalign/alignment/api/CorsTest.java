package org.credalign.alignment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * CORS (credalign-commons' shared settings): a browser on a configured dashboard origin may call the API with a
 * token and the write headers; a page on any other origin gets no Access-Control-Allow-Origin, so the browser
 * keeps the answer from it. The test profile uses the default origins (the local dashboard).
 */
@QuarkusTest
class CorsTest {

    private static final String DASHBOARD = "http://localhost:8084";

    @Test
    void aPreflightFromTheDashboardOriginIsAllowedWithTheWriteHeaders() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,idempotency-key,if-match,content-type")
                .options("/api/v1/admin/rescore")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().header("Origin", DASHBOARD).get("/api/v1/alignment/states")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void theServicesOwnPagesAreSameOriginAndNotRefused() {
        // Swagger UI and the dashboard send their own origin on POSTs: CORS must not refuse them (auth decides).
        String self = RestAssured.baseURI + ":" + RestAssured.port;
        given().header("Origin", self).post("/api/v1/admin/rescore").then().statusCode(401);
    }

    @Test
    void anyOtherOriginGetsNoAllowOrigin() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/admin/rescore")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/alignment/states")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
