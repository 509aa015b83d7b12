package org.credalign.demand.api;

import static io.restassured.RestAssured.given;
import static org.credalign.demand.support.TestData.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.credalign.commons.security.Roles;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.support.TestData;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every import rule against the real database: acceptance, replacement, idempotency, validation, limits, auth. */
@QuarkusTest
class ImportResourceTest {

    private static final String IMPORTS = "/api/v1/demand/imports";

    @Inject
    TestData data;

    private String cert;
    private String software;
    private String ctid;
    private int year;
    /** Two states without any data in {@code year}, a before b. */
    private String a;
    private String b;

    @BeforeEach
    void catalogHasACertificationAndASoftwareCredential() {
        cert = TestData.uniqueId("cert");
        software = TestData.uniqueId("sw");
        ctid = TestData.uniqueId("ce");
        List<StateYear> fresh = data.freshStateYears(2).stream().sorted().toList();
        a = fresh.get(0).state();
        b = fresh.get(1).state();
        year = fresh.get(0).year();
        data.credential(cert, "CERTIFICATION", List.of("15-1232"), List.of(), List.of(new ExternalCode("CTID", ctid)),
                1);
        data.credential(software, "SOFTWARE", 1);
    }

    private String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private io.restassured.response.ValidatableResponse postCsv(String kind, String body) {
        return asAdmin().contentType("text/csv").body(body).post(IMPORTS + "?kind=" + kind).then();
    }

    private io.restassured.response.ValidatableResponse postJson(String kind, String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(IMPORTS + "?kind=" + kind).then();
    }

    @Test
    void credentialPostingsAreStoredDerivedAndReported() {
        String id = postCsv("credential-postings", csv("state,year,credentialId,codeSystem,code,postings",
                a + "," + year + "," + software + ",,,48200",
                a + "," + year + ",,CTID," + ctid + ",5120",
                b + "," + year + "," + cert + ",,,300"))
                .statusCode(201).header("Location", containsString(IMPORTS + "/"))
                .body("kind", equalTo("credential-postings"), "status", equalTo("ACCEPTED"),
                        "rowsReceived", equalTo(3), "rowsAccepted", equalTo(3), "changedRows", equalTo(3),
                        "demandChanges", equalTo(3), "scopes", hasSize(2),
                        "scopes[0].state", equalTo(a), "scopes[0].year", equalTo(year), "scopes[0].rows", equalTo(2),
                        "importedBy", equalTo("dev-demand-admin"), "warnings", empty())
                .extract().path("id");

        asAdmin().get(IMPORTS + "/" + id).then().statusCode(200).body("id", equalTo(id), "rowsAccepted", equalTo(3),
                "scopes[1].state", equalTo(b));

        JsonNode direct = data.lastEvent(a + ":" + year + ":" + cert);
        assertEquals(5120, direct.get("postings").asLong());
        assertEquals("DIRECT", direct.get("basis").asText());
        assertEquals(id, direct.get("importId").asText());
        assertEquals("SOFTWARE", data.lastEvent(a + ":" + year + ":" + software).get("basis").asText());
    }

    @Test
    void theSameContentAgainIsOneImportWhateverTheFormatAndOrder() {
        String first = postCsv("credential-postings", csv("state,year,credentialId,postings",
                a + "," + year + "," + cert + ",10", a + "," + year + "," + software + ",20"))
                .statusCode(201).extract().path("id");
        String json = """
                [{"state": "%s", "year": %d, "credentialId": "%s", "postings": 20},
                 {"state": "%s", "year": "%d", "codeSystem": "CTID", "code": "%s", "postings": 10}]"""
                .formatted(a, year, software, a, year, ctid);
        postJson("credential-postings", json).statusCode(200).body("id", equalTo(first), "changedRows", equalTo(2));
        assertEquals(1, data.outbox(a + ":" + year + ":" + cert).size(), "nothing published twice");
    }

    @Test
    void anImportReplacesEachStateYearItContainsAndDroppedKeysAreRemoved() {
        String older = csv("state,year,credentialId,postings", a + "," + year + "," + cert + ",10",
                a + "," + year + "," + software + ",20");
        postCsv("credential-postings", older).statusCode(201);
        String second = postCsv("credential-postings", csv("state,year,credentialId,postings",
                a + "," + year + "," + software + ",25"))
                .statusCode(201).body("scopes[0].keysRemoved", equalTo(1), "changedRows", equalTo(2),
                        "demandChanges", equalTo(2))
                .extract().path("id");

        JsonNode removed = data.lastEvent(a + ":" + year + ":" + cert);
        assertEquals(true, removed.get("removed").asBoolean());
        assertEquals(0, removed.get("postings").asLong());
        assertEquals("DIRECT", removed.get("basis").asText());
        assertEquals(second, removed.get("importId").asText());
        given().get("/api/v1/states/" + a + "/demand?year=" + year).then().statusCode(200)
                .body("items.credentialId", equalTo(List.of(software)), "items[0].postings", equalTo(25));

        // The first content again is no longer current: it is a new import that restores the state-year.
        String restored = postCsv("credential-postings", older).statusCode(201).extract().path("id");
        assertNotEquals(second, restored);
        JsonNode back = data.lastEvent(a + ":" + year + ":" + cert);
        assertEquals(false, back.get("removed").asBoolean());
        assertEquals(10, back.get("postings").asLong());
    }

    @Test
    void aCsvFileWithInvalidRowsIsRefusedWholeWithEveryErrorByLineAndField() {
        postCsv("credential-postings", csv("state,year,credentialId,postings",
                a + "," + year + "," + cert + ",10",
                "pa," + year + ",unknown-credential,-3",
                a + "," + year + "," + cert + ",11"))
                .statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Import has invalid rows"), "detail", containsString("nothing was applied"),
                        "errors", hasSize(4),
                        "errors[0].row", equalTo(3), "errors[0].field", equalTo("state"),
                        "errors[1].row", equalTo(3), "errors[1].field", equalTo("credentialId"),
                        "errors[2].row", equalTo(3), "errors[2].field", equalTo("postings"),
                        "errors[3].row", equalTo(4), "errors[3].field", equalTo("credentialId"),
                        "errors[3].message", containsString("duplicate of row 2"));
        assertEquals(List.of(), data.outbox(a + ":" + year + ":" + cert), "atomic: nothing applied or published");
    }

    @Test
    void aJsonImportIsReportedByElement() {
        postJson("occupation-postings", """
                [{"state": "NJ", "year": %d, "soc": "31-1131", "postings": 5},
                 {"state": "NJ", "year": %d, "soc": "nursing", "postings": 5, "note": "x"},
                 "not an object"]""".formatted(year, year))
                .statusCode(422)
                .body("errors.row", equalTo(List.of(2, 2, 3)), "errors.field", equalTo(List.of("note", "soc", "(row)")));
        postJson("occupation-postings", "{\"state\": \"NJ\"}").statusCode(422).body("errors[0].field",
                equalTo("(body)"));
        postJson("occupation-postings", "[]").statusCode(422).body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void csvHeaderProblemsAreReportedOnLineOne() {
        postCsv("state-wages", csv("state,yr,medianAnnualWage", "NJ,2024,50000")).statusCode(422)
                .body("errors.row", equalTo(List.of(1, 1)), "errors.field", equalTo(List.of("yr", "year")));
    }

    @Test
    void anUnparseableBodyIsABadRequest() {
        postCsv("credential-postings", csv("state,year,credentialId,postings", "NJ,2024,\"" + cert + ",1"))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].row", equalTo(2), "errors[0].field", equalTo("(csv)"));
        postJson("credential-postings", "[{\"state\": ").statusCode(400).contentType("application/problem+json");
        postCsv("credential-postings", "").statusCode(400);
    }

    @Test
    void theKindMustBeGivenAndKnown() {
        asAdmin().contentType("text/csv").body("state,year,soc,postings\n").post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        postCsv("postings", "state,year,soc,postings\n").statusCode(400).body("errors[0].field", equalTo("kind"),
                "errors[0].message", containsString("credential-postings"));
    }

    @Test
    void anotherMediaTypeIsUnsupported() {
        asAdmin().contentType("text/plain").body("x").post(IMPORTS + "?kind=occupations").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        // The test profile sets demand.import.max-bytes=65536.
        StringBuilder body = new StringBuilder("state,year,soc,postings\n");
        while (body.length() <= 65_536) {
            body.append("NJ,2024,31-1131,1\n");
        }
        postCsv("occupation-postings", body.toString()).statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413), "detail", containsString("65536"));
    }

    @Test
    void licensePostingsAreKeptButNotCountedWithAWarning() {
        String license = TestData.uniqueId("lic");
        data.credential(license, "LICENSE", List.of(TestData.uniqueSoc()), List.of(), List.of(), 1);
        postCsv("credential-postings", csv("state,year,credentialId,postings", a + "," + year + "," + license + ",40"))
                .statusCode(201).body("warnings", hasSize(1), "warnings[0].row", equalTo(2),
                        "warnings[0].field", equalTo("credentialId"), "demandChanges", equalTo(0));
    }

    @Test
    void onlyDemandAdminsImportAndReadReports() {
        given().contentType("text/csv").body("x").post(IMPORTS + "?kind=occupations").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.CATALOG_ADMIN, null)).contentType("text/csv")
                .body("x").post(IMPORTS + "?kind=occupations").then().statusCode(403)
                .contentType("application/problem+json");
        given().get(IMPORTS + "/" + java.util.UUID.randomUUID()).then().statusCode(401);
        asAdmin().get(IMPORTS + "/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("errors", nullValue());
    }
}
