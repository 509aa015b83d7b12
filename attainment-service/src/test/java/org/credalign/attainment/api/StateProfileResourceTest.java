package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StateProfileResourceTest {

    @Inject
    TestData data;

    private static String profile(int agreements, Integer enrollment) {
        return """
                {"collectsSecondary": true, "collectsPostsecondary": false, "vendorDataSharingAgreements": %d,
                 "credentialsInEssaPlan": true, "incentivePolicy": false, "maintainsApprovedList": true,
                 "yearsOfDataAvailable": 4, "highSchoolEnrollment": %s, "cteConcentrators": null}"""
                .formatted(agreements, enrollment);
    }

    @Test
    void aProfileIsStoredVersionedAndPublishedAndTheSameFactsChangeNothing() {
        // A fresh random enrollment makes this run's first PUT a change whatever earlier runs left behind.
        int enrollment = ThreadLocalRandom.current().nextInt(1_000_000);
        long version = asSubmitter("KS").contentType(ContentType.JSON).body(profile(2, enrollment))
                .put("/api/v1/states/KS/profile?schoolYear=2023-24").then().statusCode(200)
                .body("state", equalTo("KS"), "schoolYear", equalTo("2023-24"), "highSchoolEnrollment",
                        equalTo(enrollment), "cteConcentrators", nullValue())
                .extract().<Number>path("version").longValue();
        long events = data.count("select count(*) from outbox_event where message_key = 'KS:2023-24'");
        asSubmitter("KS").contentType(ContentType.JSON).body(profile(2, enrollment))
                .put("/api/v1/states/KS/profile?schoolYear=2024").then().statusCode(200)
                .body("version", equalTo((int) version));
        assertEquals(events, data.count("select count(*) from outbox_event where message_key = 'KS:2023-24'"));
        given().get("/api/v1/states/KS/profile?schoolYear=2023-24").then().statusCode(200)
                .body("vendorDataSharingAgreements", equalTo(2), "version", equalTo((int) version));
        String payload = data.lastPayload("KS:2023-24");
        assertTrue(payload.contains("\"highSchoolEnrollment\":" + enrollment) && payload.contains("\"version\":"
                + version), payload);
    }

    @Test
    void invalidProfilesAre422AndOnlyThatStatesSubmitterMayWrite() {
        asSubmitter("KS").contentType(ContentType.JSON).body("""
                {"collectsSecondary": true, "vendorDataSharingAgreements": -1, "highSchoolEnrollment": -5}""")
                .put("/api/v1/states/KS/profile?schoolYear=2023-24").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("collectsPostsecondary", "vendorDataSharingAgreements",
                        "highSchoolEnrollment"));
        asSubmitter("KS").contentType(ContentType.JSON).body("{\"collectsSecondary\": true, \"colour\": 1}")
                .put("/api/v1/states/KS/profile?schoolYear=2023-24").then().statusCode(422);
        asSubmitter("MO").contentType(ContentType.JSON).body(profile(1, 1))
                .put("/api/v1/states/KS/profile?schoolYear=2023-24").then().statusCode(403);
        given().contentType(ContentType.JSON).body(profile(1, 1))
                .put("/api/v1/states/KS/profile?schoolYear=2023-24").then().statusCode(401);
        given().get("/api/v1/states/KS/profile?schoolYear=2001").then().statusCode(404);
        given().get("/api/v1/states/KS/profile").then().statusCode(400);
    }
}
