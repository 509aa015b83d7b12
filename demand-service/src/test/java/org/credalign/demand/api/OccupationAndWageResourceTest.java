package org.credalign.demand.api;

import static io.restassured.RestAssured.given;
import static org.credalign.demand.support.TestData.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.credalign.commons.security.Roles;
import org.credalign.demand.support.TestData;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Occupations and state wages: PUT/GET, search, CSV, imports of both kinds, events, validation and auth. */
@QuarkusTest
class OccupationAndWageResourceTest {

    @Inject
    TestData data;

    private static String occupation(String title, int wage) {
        return """
                {"title": "%s", "medianAnnualWage": %d, "employment": 704900, "projectedGrowthPct": 5.2,
                 "clusters": ["IT", "ST"]}""".formatted(title, wage);
    }

    @Test
    void anOccupationIsCreatedReplacedAndPublishedOnlyWhenItChanges() {
        String soc = TestData.uniqueSoc();
        asAdmin().contentType(ContentType.JSON).body(occupation("Support Specialists", 60340))
                .put("/api/v1/occupations/" + soc).then().statusCode(201)
                .body("soc", equalTo(soc), "clusters", equalTo(List.of("IT", "ST")), "projectedGrowthPct",
                        equalTo(5.2f));
        asAdmin().contentType(ContentType.JSON).body(occupation("Support Specialists", 60340))
                .put("/api/v1/occupations/" + soc).then().statusCode(200);
        assertEquals(1, data.outbox(soc).size(), "an identical PUT publishes nothing");
        asAdmin().contentType(ContentType.JSON).body(occupation("Support Specialists", 61000))
                .put("/api/v1/occupations/" + soc).then().statusCode(200).body("medianAnnualWage", equalTo(61000));

        given().get("/api/v1/occupations/" + soc).then().statusCode(200).body("title", equalTo("Support Specialists"),
                "employment", equalTo(704900));
        List<JsonNode> events = data.outbox(soc);
        assertEquals(2, events.size());
        JsonNode last = events.get(1);
        assertEquals(61000, last.get("medianAnnualWage").asInt());
        assertEquals(false, last.get("removed").asBoolean());
        assertEquals("dev-demand-admin", last.get("changedBy").asText());
        assertTrue(last.get("version").asLong() > events.get(0).get("version").asLong());
        assertEquals(List.of("soc", "title", "medianAnnualWage", "employment", "projectedGrowthPct", "clusters",
                "removed", "version", "changedBy"), fieldNames(last));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void invalidOccupationsAreProblems() {
        asAdmin().contentType(ContentType.JSON).body("{\"medianAnnualWage\": -1, \"clusters\": [\"it\"]}")
                .put("/api/v1/occupations/" + TestData.uniqueSoc()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "medianAnnualWage", "clusters")));
        asAdmin().contentType(ContentType.JSON).body("{\"title\": \"x\", \"wage\": 1}")
                .put("/api/v1/occupations/" + TestData.uniqueSoc()).then().statusCode(422)
                .body("errors[0].field", equalTo("wage"));
        asAdmin().contentType(ContentType.JSON).body(occupation("x", 1)).put("/api/v1/occupations/15-12")
                .then().statusCode(400).body("errors[0].field", equalTo("soc"));
        given().contentType(ContentType.JSON).body(occupation("x", 1)).put("/api/v1/occupations/15-1232")
                .then().statusCode(401);
        given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "NJ")).contentType(ContentType.JSON)
                .body(occupation("x", 1)).put("/api/v1/occupations/15-1232").then().statusCode(403);
    }

    @Test
    void occupationsImportUpsertsBySocAndTheListSearchesByClusterAndText() {
        String support = TestData.uniqueSoc();
        String aide = TestData.uniqueSoc();
        String marker = TestData.uniqueId("Zyx");
        asAdmin().contentType("text/csv").body(String.join("\n",
                "soc,title,medianAnnualWage,employment,projectedGrowthPct,clusters",
                support + ",\"Support, " + marker + "\",60340,704900,5.2,IT|ST",
                aide + ",Aides " + marker + ",38200,,,HS", ""))
                .post("/api/v1/demand/imports?kind=occupations").then().statusCode(201)
                .body("rowsAccepted", equalTo(2), "changedRows", equalTo(2), "scopes", equalTo(List.of()));

        given().get("/api/v1/occupations?q=" + marker.toLowerCase()).then().statusCode(200)
                .body("totalItems", equalTo(2));
        given().get("/api/v1/occupations?cluster=HS&q=" + marker).then().statusCode(200)
                .body("items.soc", equalTo(List.of(aide)), "items[0].employment", equalTo(null));
        given().get("/api/v1/occupations?q=" + support).then().statusCode(200)
                .body("items[0].soc", equalTo(support));
        String csv = given().accept("text/csv").get("/api/v1/occupations?q=" + marker).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains(support + ",\"Support, " + marker + "\",60340,704900,5.20,IT|ST,"), csv);
        given().get("/api/v1/occupations?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void stateWagesArePutReadImportedAndPublishedAsTheFullList() {
        int wage = 40000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10000);
        asAdmin().contentType(ContentType.JSON)
                .body("{\"wages\": [{\"year\": 2023, \"medianAnnualWage\": " + wage + "}]}")
                .put("/api/v1/states/WY/wages").then().statusCode(200)
                .body("state", equalTo("WY"), "wages", equalTo(List.of(java.util.Map.of("year", 2023,
                        "medianAnnualWage", wage))));
        asAdmin().contentType("text/csv").body("state,year,medianAnnualWage\nWY,2024," + (wage + 1) + "\n")
                .post("/api/v1/demand/imports?kind=state-wages").then().statusCode(201)
                .body("scopes[0].state", equalTo("WY"), "scopes[0].year", equalTo(2024), "changedRows", equalTo(1));
        given().get("/api/v1/states/WY/wages").then().statusCode(200)
                .body("wages.year", equalTo(List.of(2023, 2024)), "wages[1].medianAnnualWage", equalTo(wage + 1));

        JsonNode event = data.lastEvent("WY");
        assertEquals("WY", event.get("state").asText());
        assertEquals(2, event.get("wages").size(), "full state: every year");
        assertEquals(List.of("state", "wages", "version", "changedBy"), fieldNames(event));
    }

    @Test
    void invalidStateWagesAreProblems() {
        asAdmin().contentType(ContentType.JSON).body("{\"wages\": [{\"year\": 2023, \"medianAnnualWage\": 1},"
                + " {\"year\": 2023, \"medianAnnualWage\": 2}, {\"year\": 1990, \"medianAnnualWage\": 0}]}")
                .put("/api/v1/states/VT/wages").then().statusCode(422)
                .body("errors.field", equalTo(List.of("wages[1].year", "wages[2].year",
                        "wages[2].medianAnnualWage")));
        asAdmin().contentType(ContentType.JSON).body("{}").put("/api/v1/states/VT/wages").then().statusCode(422)
                .body("errors[0].field", equalTo("wages"));
        asAdmin().contentType(ContentType.JSON).body("{\"wages\": []}").put("/api/v1/states/XX/wages").then()
                .statusCode(404);
        given().contentType(ContentType.JSON).body("{\"wages\": []}").put("/api/v1/states/VT/wages").then()
                .statusCode(401);
    }

    @Test
    void openApiDocumentsEveryPathWithExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/demand/imports"), "paths", hasKey("/api/v1/demand/imports/{id}"),
                        "paths", hasKey("/api/v1/states/{state}/demand"), "paths", hasKey("/api/v1/occupations"),
                        "paths", hasKey("/api/v1/states/{state}/wages"),
                        "paths.'/api/v1/demand/imports'.post.responses.'422'.content.'application/problem+json'"
                                + ".examples", hasKey("invalid rows"))
                .body("paths.'/api/v1/demand/imports'.post.requestBody.content.'text/csv'.examples",
                        hasKey("occupation postings"));
        given().accept("application/json").get("/q/openapi").then()
                .body("paths.'/api/v1/demand/imports'.post.description", containsString("kind"));
    }
}
