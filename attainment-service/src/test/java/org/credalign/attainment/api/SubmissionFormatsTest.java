package org.credalign.attainment.api;

import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** CSV and NDJSON bodies, aggregate and student-level rows, against the real database. */
@QuarkusTest
class SubmissionFormatsTest {

    @Inject
    TestData data;

    @Test
    void aggregateCsvIsAcceptedWithCodesResolvedThroughTheReplica() {
        String cred = data.credential("ACTIVE");
        String code = "X" + cred.substring(5);
        data.externalCode(cred, "CIP", code);
        String csv = "codeSystem,code,level,subgroup,earned\r\n"
                + "CIP," + code + ",SECONDARY,ALL,40\r\n"
                + "CIP," + code + ",SECONDARY,SEX:F,12\r\n";
        asSubmitter("CT").contentType("text/csv").body(csv).post("/api/v1/states/CT/submissions?schoolYear=2012")
                .then().statusCode(201).body("rowKind", equalTo("AGGREGATE"), "rowsReceived", equalTo(2),
                        "rowsAccepted", equalTo(2), "errors", hasSize(0));
        String payload = data.lastPayload("CT:2011-12:" + cred);
        assertTrue(payload.contains("\"subgroup\":\"SEX:F\",\"earned\":12"), payload);
    }

    @Test
    void csvErrorsNameThePhysicalLineAndTheColumn() {
        String cred = data.credential("ACTIVE");
        String csv = "credentialId,level,subgroup,earned,colour\n"
                + cred + ",SECONDARY,ALL,5,red\n"
                + "\n"
                + cred + ",SECONDARY,SEX:F,-3,red\n"
                + cred + ",SECONDARY\n";
        asSubmitter("CT").contentType("text/csv").body(csv).post("/api/v1/states/CT/submissions?schoolYear=2013")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(3),
                        "errors[0].row", equalTo(1), "errors[0].field", equalTo("colour"),
                        "errors[1].row", equalTo(4), "errors[1].field", equalTo("earned"),
                        "errors[2].row", equalTo(5), "errors[2].field", equalTo("(row)"));
    }

    @Test
    void studentRowsAreAggregatedOnReceiptAndNoStudentKeyIsKept() {
        String cred = data.credential("ACTIVE");
        String other = data.credential("ACTIVE");
        String ndjson = """
                {"studentKey": "h-001", "credentialId": "%1$s", "level": "SECONDARY", "sex": "F", "race": "ASIAN", "economicallyDisadvantaged": true}
                {"studentKey": "h-002", "credentialId": "%1$s", "level": "SECONDARY", "sex": "M", "race": "ASIAN", "economicallyDisadvantaged": false}

                {"studentKey": "h-001", "credentialId": "%1$s", "level": "SECONDARY", "sex": "F", "race": "ASIAN"}
                {"studentKey": "h-003", "credentialId": "%1$s", "level": "SECONDARY", "outcome": "NOT_EARNED"}
                {"studentKey": "h-001", "credentialId": "%2$s", "level": "POSTSECONDARY", "englishLearner": true}
                """.formatted(cred, other);
        asSubmitter("WV").contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/states/WV/submissions?schoolYear=2014")
                .then().statusCode(201).body("rowKind", equalTo("STUDENT"), "rowsReceived", equalTo(5));
        String payload = data.lastPayload("WV:2013-14:" + cred);
        assertTrue(payload.contains("{\"level\":\"SECONDARY\",\"subgroup\":\"ALL\",\"earned\":2}"), payload);
        assertTrue(payload.contains("\"subgroup\":\"RACE:ASIAN\",\"earned\":2"), payload);
        assertTrue(payload.contains("\"subgroup\":\"ECON:DISADVANTAGED\",\"earned\":1"), payload);
        assertTrue(!payload.contains("h-00"), "no student key leaves the request");
        assertTrue(data.lastPayload("WV:2013-14:" + other).contains("\"subgroup\":\"EL\",\"earned\":1"));
        assertEquals(0, data.count("select count(*) from submission_issue where message like '%h-00%'"));
    }

    @Test
    void studentCsvWithABadLineIsRejectedNamingLineAndField() {
        String cred = data.credential("ACTIVE");
        String csv = "studentKey,credentialId,level,sex,race\n"
                + "k1," + cred + ",SECONDARY,F,WHITE\n"
                + "k2," + cred + ",SECONDARY,female,WHITE\n";
        asSubmitter("WV").contentType("text/csv").body(csv).post("/api/v1/states/WV/submissions?schoolYear=2015")
                .then().statusCode(422).body("errors", hasSize(1), "errors[0].row", equalTo(3),
                        "errors[0].field", equalTo("sex"), "errors[0].message", containsString("female"));
    }

    @Test
    void anEmptyBodyIsRejectedRatherThanErasingTheStateYear() {
        asSubmitter("WV").contentType("application/json").body("[]")
                .post("/api/v1/states/WV/submissions?schoolYear=2015")
                .then().statusCode(422).body("errors[0].field", equalTo("(body)"));
        asSubmitter("WV").contentType("text/csv").body("")
                .post("/api/v1/states/WV/submissions?schoolYear=2015")
                .then().statusCode(422).body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        asSubmitter("WV").contentType("text/plain").body("hello")
                .post("/api/v1/states/WV/submissions?schoolYear=2015")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theTemplateGivesBothHeadersAndARowSchema() {
        io.restassured.RestAssured.get("/api/v1/submissions/template").then().statusCode(200)
                .body("aggregateCsvHeader", equalTo("credentialId,level,subgroup,earned"),
                        "studentCsvHeader", containsString("studentKey"),
                        "rowSchema.oneOf", hasSize(2), "subgroups[0]", equalTo("ALL"),
                        "rowSchema.oneOf[0].properties.earned.minimum", equalTo(0),
                        "rowSchema.oneOf[1].properties.studentKey.maxLength", equalTo(128),
                        "nothing", nullValue());
    }
}
