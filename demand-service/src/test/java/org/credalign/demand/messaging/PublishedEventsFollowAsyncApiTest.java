package org.credalign.demand.messaging;

import static org.credalign.demand.support.TestData.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.support.TestData;
import org.credalign.testsupport.AsyncApiContract;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document the service serves is the contract integrators code against: every record demand-service
 * has published on the real broker (this test's and every earlier test's) must match it — key, CloudEvents headers
 * and payload. This test makes sure each of the three topics has at least one fresh record of its own.
 */
@QuarkusTest
class PublishedEventsFollowAsyncApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    TestData data;

    @Test
    void everyRecordDemandPublishedMatchesItsAsyncApiDocument() {
        String license = TestData.uniqueId("contract");
        String soc = TestData.uniqueSoc();
        StateYear scope = data.freshStateYear();
        data.credential(license, "LICENSE", List.of(soc), List.of(), List.of(), 1);
        asAdmin().contentType("text/csv").body("soc,title,medianAnnualWage,employment,projectedGrowthPct,clusters\n"
                + soc + ",Contract checkers,51200,1200,3.5,HS\n")
                .post("/api/v1/demand/imports?kind=occupations").then().statusCode(201);
        asAdmin().contentType("text/csv").body("state,year,soc,postings\n" + scope.state() + "," + scope.year() + ","
                + soc + ",77\n").post("/api/v1/demand/imports?kind=occupation-postings").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body("{\"wages\": [{\"year\": " + scope.year()
                + ", \"medianAnnualWage\": 41234}]}").put("/api/v1/states/" + scope.state() + "/wages")
                .then().statusCode(200);
        String demandKey = scope.state() + ":" + scope.year() + ":" + license;
        assertNotNull(KafkaTestClient.awaitRecord("demand.credentials.v1", r -> demandKey.equals(r.key()), WAIT));
        assertNotNull(KafkaTestClient.awaitRecord("demand.occupations.v1", r -> soc.equals(r.key()), WAIT));
        assertNotNull(KafkaTestClient.awaitRecord("demand.state-wages.v1",
                r -> scope.state().equals(r.key()) && r.value().contains("41234"), WAIT));

        AsyncApiContract contract = AsyncApiContract.fromClasspath("META-INF/resources/asyncapi.yaml");
        AsyncApiContract.PublishedCheck check = contract.checkPublished("demand-service", WAIT);

        assertEquals(List.of(), check.violations());
        assertTrue(check.keys().containsAll(List.of("demand.credentials.v1/" + demandKey,
                "demand.occupations.v1/" + soc, "demand.state-wages.v1/" + scope.state())), check.keys()::toString);
        assertEquals(contract.topics(), check.recordsByTopic().keySet());
    }
}
