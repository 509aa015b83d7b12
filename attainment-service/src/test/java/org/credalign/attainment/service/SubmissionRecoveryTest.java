package org.credalign.attainment.service;

import static org.credalign.attainment.api.TestData.allRows;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.credalign.attainment.api.TestData;
import org.credalign.attainment.domain.RowFormat;
import org.credalign.attainment.domain.Submission;
import org.credalign.commons.api.SchoolYear;
import org.junit.jupiter.api.Test;

/**
 * A submission whose instance died mid-way (no heartbeat any more) becomes INTERRUPTED with a report saying so,
 * nothing of it applied, and its Idempotency-Key serves the retry; a submission whose instance is alive is left
 * alone.
 */
@QuarkusTest
class SubmissionRecoveryTest {

    @Inject
    TestData data;
    @Inject
    SubmissionService service;
    @Inject
    SubmissionHeartbeat heartbeat;
    @Inject
    EntityManager entityManager;

    /** A submission recorded as PROCESSING by an instance that is not processing it (as if it had been killed). */
    private UUID startedElsewhere(String state, int endYear, String key) {
        return service.start(new SubmissionService.Request(state, new SchoolYear(endYear), Submission.Mode.ATOMIC,
                false, RowFormat.JSON, 100, key, "hash-of-the-first-request", "killed-instance")).submission().id;
    }

    private void heartbeatAgo(UUID id, String interval) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update submission set heartbeat_at = now() - cast(?1 as interval) where id = ?2")
                .setParameter(1, interval).setParameter(2, id).executeUpdate());
    }

    private static String url(String state, UUID id) {
        return "/api/v1/states/" + state + "/submissions/" + id;
    }

    @Test
    void aSubmissionWithoutHeartbeatBecomesInterruptedAndItsKeyServesTheRetry() {
        String cred = data.credential("ACTIVE");
        String key = "retry-" + UUID.randomUUID();
        UUID interrupted = startedElsewhere("WV", 2006, key);
        heartbeatAgo(interrupted, "1 hour");

        heartbeat.interruptStale();

        asSubmitter("WV").get(url("WV", interrupted)).then().statusCode(200)
                .body("status", equalTo("INTERRUPTED"), "rowsAccepted", equalTo(0), "errorCount", equalTo(1),
                        "completedAt", notNullValue(), "errors[0].field", equalTo("(body)"),
                        "errors[0].message", containsString("nothing was applied"));
        assertEquals(0, data.count("select count(*) from earned_count where submission_id = ?1", interrupted));
        assertEquals(0, data.count("select count(*) from outbox_event where payload like ?1",
                "%" + interrupted + "%"));

        // The retry with the same key is processed anew (the interrupted request applied nothing) ...
        String retried = asSubmitter("WV").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(allRows(cred, 31)).post("/api/v1/states/WV/submissions?schoolYear=2005-06")
                .then().statusCode(201)
                .body("status", equalTo("ACCEPTED"), "id", not(equalTo(interrupted.toString())))
                .extract().path("id");
        assertEquals(1, data.count("select count(*) from outbox_event where message_key = ?1",
                "WV:2005-06:" + cred));
        // ... and from then on the key replays the retry's answer, as for any key.
        asSubmitter("WV").header("Idempotency-Key", key).contentType(ContentType.JSON).body(allRows(cred, 31))
                .post("/api/v1/states/WV/submissions?schoolYear=2005-06")
                .then().statusCode(201).body("id", equalTo(retried));
        asSubmitter("WV").get(url("WV", interrupted)).then().body("status", equalTo("INTERRUPTED"));
    }

    @Test
    void aSubmissionWhoseInstanceIsAliveIsNotInterrupted() {
        UUID fresh = startedElsewhere("WV", 2007, null);
        UUID held = startedElsewhere("WV", 2007, null);
        heartbeatAgo(held, "1 hour");
        heartbeat.hold(held); // this instance is processing it: the next beat refreshes its heartbeat
        try {
            heartbeat.beat();
            heartbeat.interruptStale();
            asSubmitter("WV").get(url("WV", fresh)).then().body("status", equalTo("PROCESSING"));
            asSubmitter("WV").get(url("WV", held)).then().body("status", equalTo("PROCESSING"));
        } finally {
            heartbeat.release(held);
        }
    }
}
