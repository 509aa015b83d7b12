package org.credalign.demand.api;

import static io.restassured.RestAssured.given;
import static org.credalign.demand.support.TestData.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Each demand basis end to end on the real database, licenses whose occupation postings or catalog entry change
 * after the fact, and the state demand list.
 */
@QuarkusTest
class DemandResourceTest {

    private static final String IMPORTS = "/api/v1/demand/imports";

    @Inject
    TestData data;

    private static String importCsv(String kind, String... lines) {
        return asAdmin().contentType("text/csv").body(String.join("\n", lines) + "\n")
                .post(IMPORTS + "?kind=" + kind).then().statusCode(201).extract().path("id");
    }

    /** The state's listed demand of one credential, or null when not listed. */
    private static Map<String, Object> listed(String state, int year, String credentialId) {
        JsonPath page = given().get("/api/v1/states/" + state + "/demand?year=" + year + "&size=500").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> credentialId.equals(i.get("credentialId"))).findFirst().orElse(null);
    }

    @Test
    void aLicenseCountsItsOccupationsPostingsWhereRequiredAndZeroElsewhere() {
        List<StateYear> fresh = data.freshStateYears(2);
        String required = fresh.get(0).state();
        String notRequired = fresh.get(1).state();
        int year = fresh.get(0).year();
        String nurseAide = TestData.uniqueSoc();
        String orderly = TestData.uniqueSoc();
        String unrelated = TestData.uniqueSoc();
        String license = TestData.uniqueId("cna");
        String otherLicense = TestData.uniqueId("cdl");
        String otherSoc = TestData.uniqueSoc();
        data.credential(license, "LICENSE", List.of(nurseAide, orderly), List.of(required), List.of(), 1);
        data.credential(otherLicense, "LICENSE", List.of(otherSoc), List.of(), List.of(), 1);

        String first = importCsv("occupation-postings", "state,year,soc,postings",
                required + "," + year + "," + nurseAide + ",8420", required + "," + year + "," + orderly + ",1500",
                required + "," + year + "," + unrelated + ",77", required + "," + year + "," + otherSoc + ",12",
                notRequired + "," + year + "," + nurseAide + ",9000");

        Map<String, Object> inRequired = listed(required, year, license);
        assertEquals(9920, inRequired.get("postings"), "8420 + 1500");
        assertEquals("LICENSED_OCCUPATION", inRequired.get("basis"));
        assertEquals("LICENSE", inRequired.get("credentialType"));
        assertEquals(first, inRequired.get("importId"));
        Map<String, Object> inNotRequired = listed(notRequired, year, license);
        assertEquals(0, inNotRequired.get("postings"));
        assertEquals("NOT_REQUIRED_HERE", inNotRequired.get("basis"));
        assertEquals(12, listed(required, year, otherLicense).get("postings"));

        // After the fact: the vendor corrects NJ; the orderly SOC rises, the unrelated SOC is dropped.
        String correction = importCsv("occupation-postings", "state,year,soc,postings",
                required + "," + year + "," + nurseAide + ",8420", required + "," + year + "," + orderly + ",1700",
                required + "," + year + "," + otherSoc + ",12");
        List<JsonNode> events = data.outbox(required + ":" + year + ":" + license);
        assertEquals(2, events.size());
        JsonNode updated = events.get(1);
        assertEquals(10120, updated.get("postings").asLong(), "8420 + 1700");
        assertEquals("LICENSED_OCCUPATION", updated.get("basis").asText());
        assertEquals(correction, updated.get("importId").asText());
        assertTrue(updated.get("version").asLong() > events.get(0).get("version").asLong());
        assertEquals(10120, listed(required, year, license).get("postings"));
        assertEquals(1, data.outbox(required + ":" + year + ":" + otherLicense).size(),
                "a license whose occupations did not change publishes nothing");
        assertEquals(1, data.outbox(notRequired + ":" + year + ":" + license).size(), "the other state was not in the correction");
    }

    @Test
    void aCatalogChangeOfRequiredStatesOrTypeRecomputesTheCredentialsDemand() {
        StateYear scope = data.freshStateYear();
        String state = scope.state();
        int year = scope.year();
        String soc = TestData.uniqueSoc();
        String license = TestData.uniqueId("cosmo");
        String elsewhere = state.equals("MD") ? "DE" : "MD";
        data.credential(license, "LICENSE", List.of(soc), List.of(), List.of(), 1);
        importCsv("occupation-postings", "state,year,soc,postings", state + "," + year + "," + soc + ",1210");
        assertEquals(1210, listed(state, year, license).get("postings"));

        data.credential(license, "LICENSE", List.of(soc), List.of(elsewhere), List.of(), 2);
        JsonNode notRequired = data.lastEvent(state + ":" + year + ":" + license);
        assertEquals("NOT_REQUIRED_HERE", notRequired.get("basis").asText());
        assertEquals(0, notRequired.get("postings").asLong());
        assertTrue(notRequired.get("importId").isNull(), "a catalog change, not an import, caused it");
        assertEquals("catalog-admin-test", notRequired.get("changedBy").asText());

        // An older catalog version arriving late changes nothing.
        data.credential(license, "LICENSE", List.of(soc), List.of(), List.of(), 1);
        assertEquals(2, data.outbox(state + ":" + year + ":" + license).size());

        // Reclassified as a certification: with no credential postings in VA it has no demand value there.
        data.credential(license, "CERTIFICATION", List.of(soc), List.of(elsewhere), List.of(), 3);
        JsonNode removed = data.lastEvent(state + ":" + year + ":" + license);
        assertEquals(true, removed.get("removed").asBoolean());
        assertNull(listed(state, year, license));
    }

    @Test
    void aNewLicenseGetsDemandInEveryStateYearWithOccupationPostings() {
        StateYear scope = data.freshStateYear();
        String state = scope.state();
        int year = scope.year();
        String soc = TestData.uniqueSoc();
        importCsv("occupation-postings", "state,year,soc,postings", state + "," + year + "," + soc + ",33");
        String license = TestData.uniqueId("late");
        data.credential(license, "LICENSE", List.of(soc), List.of(state), List.of(), 1);
        assertEquals(33, listed(state, year, license).get("postings"));
    }

    @Test
    void theListIsPagedFilteredByBasisAndAvailableAsCsv() {
        StateYear scope = data.freshStateYear();
        String state = scope.state();
        int year = scope.year();
        String cert = TestData.uniqueId("cert");
        String software = TestData.uniqueId("sw");
        data.credential(cert, "CERTIFICATION", 1);
        data.credential(software, "SOFTWARE", 1);
        importCsv("credential-postings", "state,year,credentialId,postings", state + "," + year + "," + cert + ",5",
                state + "," + year + "," + software + ",9");

        given().get("/api/v1/states/" + state + "/demand?year=" + year + "&basis=SOFTWARE").then().statusCode(200)
                .body("items.credentialId", equalTo(List.of(software)), "totalItems", equalTo(1));
        given().get("/api/v1/states/" + state + "/demand?year=" + year + "&size=1&page=1").then().statusCode(200)
                .body("items.credentialId", equalTo(List.of(cert)), "totalItems", equalTo(2),
                        "totalPages", equalTo(2));
        String csv = given().accept("text/csv").get("/api/v1/states/" + state + "/demand?year=" + year).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("state,year,credentialId,credentialType,postings,basis,importId,version\r\n"));
        assertTrue(csv.contains(state + "," + year + "," + software + ",SOFTWARE,9,SOFTWARE,"));
        assertTrue(csv.contains(state + "," + year + "," + cert + ",CERTIFICATION,5,DIRECT,"));
    }

    @Test
    void badParametersAreProblems() {
        given().get("/api/v1/states/NJ/demand?year=24").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().get("/api/v1/states/NJ/demand?basis=LICENSE").then().statusCode(400)
                .body("errors[0].field", equalTo("basis"), "errors[0].message", containsString("NOT_REQUIRED_HERE"));
        given().get("/api/v1/states/NJ/demand?size=501").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/api/v1/states/XX/demand").then().statusCode(404).contentType("application/problem+json");
    }
}
