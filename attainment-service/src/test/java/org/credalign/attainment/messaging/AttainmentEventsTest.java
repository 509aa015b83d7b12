package org.credalign.attainment.messaging;

import static org.awaitility.Awaitility.await;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.attainment.api.TestData;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Through the real broker: catalog codes and approved lists in, snapshot markers and profiles out. */
@QuarkusTest
class AttainmentEventsTest {

    @Inject
    TestData data;

    @Test
    void aCatalogCodeArrivesThenARowNamingItIsAcceptedAndTheSnapshotIsClosedByAMarker() {
        String id = "evt-" + UUID.randomUUID().toString().substring(0, 8);
        String code = "C" + id.substring(4);
        KafkaTestClient.send("catalog.credentials.v1", id, """
                {"id": "%s", "name": "Event credential", "issuer": "X", "type": "CERTIFICATION", "clusters": ["IT"],
                 "occupations": [], "secondaryAppropriate": true, "requiredInStates": [],
                 "externalCodes": [{"system": "STATE-NE", "code": "%s"}], "status": "ACTIVE", "version": 3,
                 "changedBy": "test"}""".formatted(id, code), 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> data.count(
                "select count(*) from credential_external_code where credential_id = ?1", id) == 1);

        // The state's approved list does not include it: a warning, not an error.
        KafkaTestClient.send("catalog.state-approvals.v1", "NE", """
                {"state": "NE", "entries": [{"credentialId": "other", "status": "APPROVED"}],
                 "version": %d, "changedBy": "test"}""".formatted(System.currentTimeMillis()),
                System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(60)).until(() -> data.count(
                "select count(*) from state_approval where state = 'NE' and credential_id = 'other'") == 1);

        String submission = asSubmitter("NE").contentType("text/csv")
                .body("codeSystem,code,level,subgroup,earned\nSTATE-NE," + code + ",SECONDARY,ALL,12\n")
                .post("/api/v1/states/NE/submissions?schoolYear=2011")
                .then().statusCode(201).body("warnings[0].field", equalTo("credentialId"))
                .extract().path("id");

        ConsumerRecord<String, String> marker = KafkaTestClient.awaitRecord("attainment.earned.v1",
                r -> "NE:2010-11".equals(r.key()) && r.value().contains(submission), Duration.ofSeconds(30));
        assertNotNull(marker, "the snapshot marker is published");
        assertEquals(AttainmentSnapshotCompleted.TYPE, KafkaTestClient.header(marker, "ce_type"));
        assertTrue(marker.value().contains("\"keyCount\":"), marker.value());
        ConsumerRecord<String, String> counts = KafkaTestClient.awaitRecord("attainment.earned.v1",
                r -> ("NE:2010-11:" + id).equals(r.key()), Duration.ofSeconds(30));
        assertNotNull(counts);
        assertTrue(counts.partition() == marker.partition(), "one state's events share a partition, in order");
        assertTrue(counts.offset() < marker.offset(), "the marker closes the snapshot");
    }

    @Test
    void aProfileChangeIsPublishedOnItsTopic() {
        int enrollment = (int) (System.nanoTime() % 1_000_000);
        asSubmitter("IA").contentType(ContentType.JSON).body("""
                {"collectsSecondary": true, "collectsPostsecondary": true, "vendorDataSharingAgreements": 3,
                 "credentialsInEssaPlan": false, "incentivePolicy": true, "maintainsApprovedList": false,
                 "yearsOfDataAvailable": null, "highSchoolEnrollment": %d, "cteConcentrators": 900}"""
                .formatted(enrollment)).put("/api/v1/states/IA/profile?schoolYear=2022-23").then().statusCode(200);
        ConsumerRecord<String, String> event = KafkaTestClient.awaitRecord(StateProfileChanged.TOPIC,
                r -> "IA:2022-23".equals(r.key()) && r.value().contains("\"highSchoolEnrollment\":" + enrollment),
                Duration.ofSeconds(30));
        assertNotNull(event);
        assertEquals(StateProfileChanged.TYPE, KafkaTestClient.header(event, "ce_type"));
        assertTrue(event.value().contains("\"vendorDataSharingAgreements\":3"), event.value());
    }
}
