package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.quarkus.test.common.http.TestHTTPResource;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Inputs the contract-test bad-input sweep found answered with a 500 or silently stored as something else. */
@QuarkusTest
class BadInputRegressionTest {

    @Inject
    TestData data;

    @TestHTTPResource("/api/v1/states/HI/submissions")
    URI submissions;

    private static final String PROFILE = """
            {"collectsSecondary": %s, "collectsPostsecondary": false, "vendorDataSharingAgreements": %s,
             "credentialsInEssaPlan": true, "incentivePolicy": false, "maintainsApprovedList": true}""";

    private long submissions(String state, int endYear) {
        return data.count("select count(*) from submission where state = ?1 and school_year = ?2", state, endYear);
    }

    private long notRejected(String state, int endYear) {
        return data.count("select count(*) from submission where state = ?1 and school_year = ?2"
                + " and status <> 'REJECTED'", state, endYear);
    }

    @Test
    void aSubmissionWithoutContentTypeIsA415NotA500() throws Exception {
        // REST Assured always sends a Content-Type with a body; the JDK client sends none unless told.
        String credential = data.credential("ACTIVE");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(submissions + "?schoolYear=2012-13"))
                .header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, "HI"))
                .POST(HttpRequest.BodyPublishers.ofString(TestData.allRows(credential, 12))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"Content-Type\""), response.body());
        assertEquals(0, submissions("HI", 2013));
    }

    @Test
    void aNulCharacterInARowIsReportedAsThatRowsError() {
        long notRejectedBefore = notRejected("HI", 2014);
        asSubmitter("HI").contentType("text/csv")
                .body("credentialId,level,subgroup,earned\na\u0000b,SECONDARY,ALL,5\n")
                .post("/api/v1/states/HI/submissions?schoolYear=2013-14")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("credentialId"));
        assertEquals(notRejectedBefore, notRejected("HI", 2014));
    }

    @Test
    void aNumberForAYesNoAnswerIsA422NotTrue() {
        asSubmitter("HI").contentType(ContentType.JSON).body(PROFILE.formatted("1", "2"))
                .put("/api/v1/states/HI/profile?schoolYear=2014-15")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("collectsSecondary"));
        given().get("/api/v1/states/HI/profile?schoolYear=2014-15").then().statusCode(404);
    }

    @Test
    void aFractionInACountIsA422NotTruncated() {
        asSubmitter("HI").contentType(ContentType.JSON).body(PROFILE.formatted("true", "2.5"))
                .put("/api/v1/states/HI/profile?schoolYear=2015-16")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("vendorDataSharingAgreements"), "status", equalTo(422));
        given().get("/api/v1/states/HI/profile?schoolYear=2015-16").then().statusCode(404);
    }
}
