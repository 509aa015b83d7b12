package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.credalign.catalog.api.TestCredentials.admin;
import static org.credalign.catalog.api.TestCredentials.uniqueId;
import static org.credalign.catalog.api.TestCredentials.uniqueSoc;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CredentialImportTest {

    private static final String PATH = "/api/v1/credentials/imports";

    private static String element(String id, String name, String soc, String codes) {
        return """
                {"id": "%s", "name": "%s", "issuer": "Issuer", "type": "CERTIFICATION", "clusters": ["IT"],
                 "occupations": ["%s"], "externalCodes": %s}""".formatted(id, name, soc, codes);
    }

    @Test
    void aJsonArrayIsAppliedOnceAndTheSameContentReturnsTheFirstReport() {
        String a = uniqueId("imp-a");
        String b = uniqueId("imp-b");
        String soc = uniqueSoc();
        String ea = element(a, "Import A", soc, "[{\"system\": \"CTID\", \"code\": \"ce-" + a + "\"}]");
        String eb = element(b, "Import B", soc, "[]");
        String importId = given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("[" + ea + "," + eb + "]").post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("rowsReceived", equalTo(2), "created", equalTo(2), "updated", equalTo(0),
                        "appliedNow", equalTo(true), "importedBy", equalTo("dev-catalog-admin"))
                .extract().path("id");
        // Same credentials, other order and spacing: the same content.
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("[\n" + eb + ",\n" + ea + "]")
                .post(PATH).then().statusCode(200).body("id", equalTo(importId), "appliedNow", equalTo(false));
        given().queryParam("soc", soc).get("/api/v1/credentials").then()
                .body("totalItems", equalTo(2), "items.version", equalTo(List.of(1, 1)));
        given().header("Authorization", admin()).get(PATH + "/" + importId).then().statusCode(200)
                .body("created", equalTo(2));
    }

    @Test
    void csvCreatesAndReplacesAndMayMoveACodeBetweenTwoCredentials() {
        String a = uniqueId("csv-a");
        String b = uniqueId("csv-b");
        String soc = uniqueSoc();
        String code = uniqueId("ohx");
        TestCredentials.create(element(a, "Holder", soc, "[{\"system\": \"OH\", \"code\": \"" + code + "\"}]"));
        String csv = """
                id,name,issuer,type,clusters,occupations,secondaryAppropriate,externalCodes,description,url
                %s,Holder renamed,Issuer,CERTIFICATION,IT,%s,false,,"Text, with a comma",https://example.org/a
                %s,Taker,Issuer,SOFTWARE,IT|BM,%s,,OH:%s|CTID:ce-%s,,
                """.formatted(a, soc, b, soc, code, b);
        given().header("Authorization", admin()).contentType("text/csv").body(csv).post(PATH).then()
                .statusCode(201).body("created", equalTo(1), "updated", equalTo(1), "rowsReceived", equalTo(2));
        given().get("/api/v1/credentials/" + a).then().body("name", equalTo("Holder renamed"), "version", equalTo(2),
                "secondaryAppropriate", equalTo(false), "externalCodes", hasSize(0),
                "description", equalTo("Text, with a comma"));
        given().queryParam("system", "OH").queryParam("code", code).get("/api/v1/credentials/resolve").then()
                .statusCode(200).body("id", equalTo(b), "clusters", equalTo(List.of("IT", "BM")));
    }

    @Test
    void theCsvExportImportsBackUnchanged() {
        String soc = uniqueSoc();
        TestCredentials.create(element(uniqueId("round-a"), "=Formula-looking name", soc,
                "[{\"system\": \"NJ\", \"code\": \"" + uniqueId("rt") + "\"}]"));
        TestCredentials.create(element(uniqueId("round-b"), "Quote \\\"q\\\", comma", soc, "[]"));
        String export = given().accept("text/csv").queryParam("soc", soc).get("/api/v1/credentials").then()
                .statusCode(200).extract().asString();
        given().header("Authorization", admin()).contentType("text/csv").body(export).post(PATH).then()
                .statusCode(201).body("unchanged", equalTo(2), "created", equalTo(0), "updated", equalTo(0));
    }

    @Test
    void everyErrorIsReportedByRowAndFieldAndNothingIsApplied() {
        String good = uniqueId("good");
        String dup = uniqueId("dup");
        String body = "[" + String.join(",", List.of(
                element(good, "Good", "15-1232", "[]"),
                element(dup, "Colour", "15-1232", "[]").replace("}", ", \"colour\": \"red\"}"),
                element(dup, "Bad type", "15-1232", "[]").replace("CERTIFICATION", "CERT"),
                element(dup, "Dup", "15-1232", "[]"),
                "5")) + "]";
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(2, 3, 4, 5)),
                        "errors.field", equalTo(List.of("colour", "type", "id", "row")),
                        "detail", containsString("nothing was applied"));
        given().get("/api/v1/credentials/" + good).then().statusCode(404);
    }

    @Test
    void csvErrorsNameTheLineAndColumn() {
        String id = uniqueId("csv-bad");
        given().header("Authorization", admin()).contentType("text/csv")
                .body("id,name,issuer,type,clusters,colour\n" + id + ",N,I,SOFTWARE,IT,red\n").post(PATH).then()
                .statusCode(422).body("errors[0].row", equalTo(1), "errors[0].field", equalTo("colour"));
        given().header("Authorization", admin()).contentType("text/csv")
                .body("id,name,issuer,type,clusters,secondaryAppropriate,externalCodes\n"
                        + id + ",N,I,SOFTWARE,IT,maybe,NOCOLON\n" + id + "-2,N,I\n")
                .post(PATH).then().statusCode(422)
                .body("errors.row", equalTo(List.of(2, 2, 3)),
                        "errors.field", equalTo(List.of("secondaryAppropriate", "externalCodes[0]", "row")));
        given().get("/api/v1/credentials/" + id).then().statusCode(404);
    }

    @Test
    void unreadableOrEmptyBodiesAndWrongCallersAreRefused() {
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("[{").post(PATH).then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{\"id\": \"x\"}").post(PATH)
                .then().statusCode(400);
        given().header("Authorization", admin()).contentType("text/csv").body("id\n\"open").post(PATH).then()
                .statusCode(400);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("[]").post(PATH).then()
                .statusCode(422);
        given().header("Authorization", admin()).contentType(ContentType.TEXT).body("x").post(PATH).then()
                .statusCode(415);
        given().contentType(ContentType.JSON).body("[]").post(PATH).then().statusCode(401);
        given().header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "NJ")).contentType(ContentType.JSON)
                .body("[]").post(PATH).then().statusCode(403);
        given().header("Authorization", admin()).get(PATH + "/not-a-uuid").then().statusCode(400);
        given().header("Authorization", admin()).get(PATH + "/" + java.util.UUID.randomUUID()).then()
                .statusCode(404);
    }
}
