package org.credalign.attainment.api;

import static org.credalign.attainment.api.TestData.allRows;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.credalign.attainment.config.IdempotencyConfig;
import org.credalign.attainment.service.IdempotencyPurge;
import org.junit.jupiter.api.Test;

/**
 * The idempotency_key table stays bounded: keys older than attainment.idempotency.retention are purged, younger
 * ones are kept and still guard their request. Uses Alaska 2001-02 (no other attainment test names AK) and only
 * rejected submissions (unknown credentials), so no state's data changes.
 */
@QuarkusTest
class IdempotencyRetentionTest {

    @Inject
    TestData data;
    @Inject
    EntityManager entityManager;
    @Inject
    IdempotencyPurge purge;
    @Inject
    IdempotencyConfig config;

    private static void rejectedSubmission(String key, String body, String field) {
        asSubmitter("AK").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/states/AK/submissions?schoolYear=2001-02").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void keysOlderThanTheRetentionAreForgottenYoungerOnesStillGuardTheirRequest() {
        String expired = "expired-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        String unknown = "unknown-" + UUID.randomUUID().toString().substring(0, 8);
        rejectedSubmission(expired, allRows(unknown, 1), "credentialId");
        rejectedSubmission(recent, allRows(unknown, 1), "credentialId");
        long hourPastRetention = config.retention().toSeconds() + 3600;
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update idempotency_key
                set created_at = now() - make_interval(secs => cast(?1 as double precision))
                where state = 'AK' and idempotency_key = ?2""")
                .setParameter(1, hourPastRetention).setParameter(2, expired).executeUpdate());

        assertTrue(purge.purgeExpired() >= 1, "the expired key was not purged");

        assertEquals(0, keys(expired), "expired key still stored");
        assertEquals(1, keys(recent), "a key within the retention was purged");
        // The forgotten key no longer binds a body; the kept one still refuses a different body.
        rejectedSubmission(expired, allRows(unknown, 2), "credentialId");
        rejectedSubmission(recent, allRows(unknown, 2), "Idempotency-Key");
    }

    private long keys(String key) {
        return data.count("select count(*) from idempotency_key where state = 'AK' and idempotency_key = ?1", key);
    }
}
