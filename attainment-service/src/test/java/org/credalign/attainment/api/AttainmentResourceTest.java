package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Public reads apply small-cell and complementary suppression to the stored, unsuppressed counts. */
@QuarkusTest
class AttainmentResourceTest {

    @Inject
    TestData data;

    @Test
    void publicCountsWithholdSmallCellsAndTheirComplement() {
        String cred = data.credential("ACTIVE");
        // ALL=24, F=4, M=20: showing M would reveal F = 24 - 20. RACE: only ASIAN (3) nonzero, WHITE 0.
        asSubmitter("MT").contentType(ContentType.JSON).body("""
                [{"credentialId": "%1$s", "level": "SECONDARY", "subgroup": "ALL", "earned": 24},
                 {"credentialId": "%1$s", "level": "SECONDARY", "subgroup": "SEX:F", "earned": 4},
                 {"credentialId": "%1$s", "level": "SECONDARY", "subgroup": "SEX:M", "earned": 20},
                 {"credentialId": "%1$s", "level": "SECONDARY", "subgroup": "RACE:ASIAN", "earned": 3},
                 {"credentialId": "%1$s", "level": "SECONDARY", "subgroup": "RACE:WHITE", "earned": 0},
                 {"credentialId": "%1$s", "level": "SECONDARY", "subgroup": "EL", "earned": 0}]""".formatted(cred))
                .post("/api/v1/states/MT/submissions?schoolYear=2024").then().statusCode(201);
        given().queryParam("schoolYear", "2023-24").get("/api/v1/states/MT/attainment").then().statusCode(200)
                .body("status", equalTo("REPORTED"), "minCellSize", equalTo(10), "credentials", hasSize(1),
                        "credentials[0].credentialId", equalTo(cred),
                        "credentials[0].cells.subgroup", equalTo(java.util.List.of("ALL", "SEX:F", "SEX:M",
                                "RACE:ASIAN", "RACE:WHITE", "EL")),
                        "credentials[0].cells[0].earned", equalTo(24),
                        "credentials[0].cells[1].withheld", equalTo("SMALL_CELL"),
                        "credentials[0].cells[1].earned", nullValue(),
                        "credentials[0].cells[2].withheld", equalTo("COMPLEMENTARY"),
                        "credentials[0].cells[3].withheld", equalTo("SMALL_CELL"),
                        "credentials[0].cells[4].withheld", equalTo("COMPLEMENTARY"),
                        "credentials[0].cells[5].earned", equalTo(0),
                        "credentials[0].cells[5].withheld", nullValue());
        given().queryParam("schoolYear", "2023-24").queryParam("subgroup", "SWD").get("/api/v1/states/MT/attainment")
                .then().statusCode(200).body("credentials[0].cells", hasSize(1),
                        "credentials[0].cells[0].noData", equalTo(true),
                        "credentials[0].cells[0].earned", nullValue());
        given().queryParam("subgroup", "SEX:M").get("/api/v1/states/MT/attainment").then().statusCode(200)
                .body("credentials[0].cells[0].withheld", equalTo("COMPLEMENTARY"));
    }

    @Test
    void noDataIsDistinctAndBadParametersAre400() {
        given().queryParam("schoolYear", "2000-01").get("/api/v1/states/WY/attainment").then().statusCode(200)
                .body("status", equalTo("NO_DATA"), "credentials", hasSize(0));
        given().queryParam("subgroup", "GENDER:F").get("/api/v1/states/WY/attainment").then().statusCode(400)
                .body("errors[0].field", equalTo("subgroup"));
        given().get("/api/v1/states/ZZ/attainment").then().statusCode(404);
    }
}
