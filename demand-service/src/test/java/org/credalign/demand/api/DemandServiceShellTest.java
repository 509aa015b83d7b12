package org.credalign.demand.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The shell: migrated database, health, OpenAPI, problem+json for bad and unknown occupations. */
@QuarkusTest
class DemandServiceShellTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentsTheOccupationPath() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/occupations/{soc}"));
    }

    @Test
    void unknownAndMalformedSocCodesAreProblems() {
        given().get("/api/v1/occupations/99-9999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/occupations/nurse").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("soc"));
    }
}
