package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.credalign.catalog.api.TestCredentials.admin;
import static org.credalign.catalog.api.TestCredentials.uniqueId;
import static org.credalign.catalog.api.TestCredentials.uniqueSoc;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Search over one test's own credentials: each test links its credentials to a SOC code no other test uses and
 * filters by it, so data of other tests and earlier runs cannot change the answers.
 */
@QuarkusTest
class CredentialSearchTest {

    private static String credential(String id, String name, String issuer, String type, String cluster, String soc,
            String codes) {
        return """
                {"id": "%s", "name": "%s", "issuer": "%s", "type": "%s", "clusters": ["%s"], "occupations": ["%s"],
                 "externalCodes": %s}""".formatted(id, name, issuer, type, cluster, soc, codes);
    }

    /** Three credentials sharing a fresh SOC code; returns {soc, a-plus id, network+ id, first-aid id, NJ code}. */
    private static String[] catalogOfThree() {
        String soc = uniqueSoc();
        String aPlus = uniqueId("a-plus");
        String network = uniqueId("network-plus");
        String firstAid = uniqueId("first-aid");
        String code = uniqueId("NJX");
        TestCredentials.create(credential(network, "CompTIA Network+", "CompTIA", "CERTIFICATION", "IT", soc, "[]"));
        TestCredentials.create(credential(aPlus, "CompTIA A+", "CompTIA", "CERTIFICATION", "IT", soc,
                "[{\"system\": \"NJ\", \"code\": \"" + code + "\"}]"));
        TestCredentials.create(credential(firstAid, "Basic First Aid", "American Red Cross",
                "GENERAL_CAREER_READINESS", "HS", soc, "[]"));
        return new String[] {soc, aPlus, network, firstAid, code};
    }

    @Test
    void freeTextFindsCompTiaAPlusFirstEvenWithATypoAndLeavesUnrelatedOnesOut() {
        String[] c = catalogOfThree();
        for (String q : List.of("comptia a+", "CompTIA A+", "comptai a+")) {
            given().queryParam("q", q).queryParam("soc", c[0]).get("/api/v1/credentials").then().statusCode(200)
                    .body("items[0].id", equalTo(c[1]), "items.id", not(hasItem(c[3])));
        }
        given().queryParam("q", "red cross").queryParam("soc", c[0]).get("/api/v1/credentials").then()
                .statusCode(200).body("items.id", equalTo(List.of(c[3])), "totalItems", equalTo(1));
    }

    @Test
    void freeTextMatchesExternalCodesAndIds() {
        String[] c = catalogOfThree();
        given().queryParam("q", c[4]).queryParam("soc", c[0]).get("/api/v1/credentials").then().statusCode(200)
                .body("items.id", equalTo(List.of(c[1])));
        given().queryParam("q", c[2]).get("/api/v1/credentials").then().statusCode(200)
                .body("items[0].id", equalTo(c[2]));
    }

    @Test
    void filtersCombineAndPagesCarryTotals() {
        String[] c = catalogOfThree();
        given().queryParam("soc", c[0]).queryParam("size", 2).get("/api/v1/credentials").then().statusCode(200)
                .body("totalItems", equalTo(3), "totalPages", equalTo(2), "items", hasSize(2),
                        // without q: by name
                        "items[0].id", equalTo(c[3]), "items[1].id", equalTo(c[1]));
        given().queryParam("soc", c[0]).queryParam("size", 2).queryParam("page", 1).get("/api/v1/credentials")
                .then().statusCode(200).body("items.id", equalTo(List.of(c[2])));
        given().queryParam("soc", c[0]).queryParam("type", "GENERAL_CAREER_READINESS").get("/api/v1/credentials")
                .then().body("items.id", equalTo(List.of(c[3])));
        given().queryParam("soc", c[0]).queryParam("cluster", "IT").get("/api/v1/credentials")
                .then().body("totalItems", equalTo(2));
        given().header("Authorization", admin()).delete("/api/v1/credentials/" + c[2]).then().statusCode(200);
        given().queryParam("soc", c[0]).queryParam("status", "RETIRED").get("/api/v1/credentials")
                .then().body("items.id", equalTo(List.of(c[2])));
        given().queryParam("soc", c[0]).queryParam("status", "ACTIVE").get("/api/v1/credentials")
                .then().body("totalItems", equalTo(2));
    }

    @Test
    void approvedInKeepsWhatTheStatesCurrentListApproves() {
        String[] c = catalogOfThree();
        String state = "WY";
        String current = given().get("/api/v1/states/" + state + "/approved-credentials").then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", admin()).header("If-Match", current).contentType(ContentType.JSON)
                .body("""
                        {"entries": [{"credentialId": "%s", "status": "APPROVED"},
                                     {"credentialId": "%s", "status": "UNDER_REVIEW"}]}""".formatted(c[1], c[3]))
                .put("/api/v1/states/" + state + "/approved-credentials").then().statusCode(200);
        given().queryParam("soc", c[0]).queryParam("approvedIn", state).get("/api/v1/credentials").then()
                .statusCode(200).body("items.id", equalTo(List.of(c[1])));
    }

    @Test
    void csvGivesTheWholeFilteredResultWithEveryExternalCode() {
        String[] c = catalogOfThree();
        String csv = given().accept("text/csv").queryParam("soc", c[0]).queryParam("size", 1)
                .get("/api/v1/credentials").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("id,name,issuer,type,clusters,occupations,secondaryAppropriate,"
                + "requiredInStates,externalCodes"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(c[1] + ",CompTIA A+,CompTIA,CERTIFICATION,IT,")
                && l.contains(",NJ:" + c[4] + ",")), csv);
    }

    @Test
    void unreadableFiltersAreOne400ListingEach() {
        given().queryParam("type", "CERT").queryParam("soc", "151232").queryParam("approvedIn", "XX")
                .queryParam("status", "GONE").queryParam("cluster", "it!").get("/api/v1/credentials").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("type", "status", "cluster", "soc", "approvedIn")));
        given().queryParam("page", -1).get("/api/v1/credentials").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
