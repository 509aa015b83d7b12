package org.credalign.attainment.messaging;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.credalign.testsupport.DeliveryFaults;
import org.credalign.testsupport.DeliveryFaults.EventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8 through the real broker, for both topics attainment consumes (catalog.credentials.v1,
 * catalog.state-approvals.v1): duplicate and out-of-order delivery change nothing beyond the newest version, and
 * unreadable messages are dead-lettered, counted in /q/metrics and do not hold back the valid message behind them.
 *
 * <p>Test data no other test meets: credential ids and external codes carry a random suffix; the approved list
 * uses the code {@code ZZ}, which is no state (no submission is ever validated against it). Versions grow with the
 * clock, so the shared ZZ key takes each run's events.
 */
@QuarkusTest
class DeliveryFaultsTest {

    @Inject
    DataSource dataSource;

    private DeliveryFaults faults;

    @BeforeEach
    void consumer() {
        faults = new DeliveryFaults("attainment-service", "attainment-service.dead-letter.v1", dataSource,
                topic -> DeliveryFaults.deadLetters(given().get("/q/metrics").then().statusCode(200).extract()
                        .asString(), topic));
    }

    static Stream<EventType> eventTypes() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String credentialId = "replay-" + suffix;
        return Stream.of(
                new EventType("CredentialChanged", "catalog.credentials.v1",
                        "org.credalign.catalog.CredentialChanged.v1", credentialId, (variant, version) -> """
                                {"id": "%s", "name": "Replay v%d", "issuer": "Test", "type": "CERTIFICATION",
                                 "clusterFramework": "NCCF-16", "clusters": ["IT"], "occupations": [],
                                 "secondaryAppropriate": true, "requiredInStates": [],
                                 "externalCodes": [{"system": "REPLAY", "code": "%s-v%d"}],
                                 "description": null, "url": null, "status": "%s", "version": %d,
                                 "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}"""
                                .formatted(credentialId, variant, suffix, variant,
                                        variant == 3 ? "RETIRED" : "ACTIVE", version),
                        """
                                select json_build_object('replica', (select row_to_json(r) from credential_replica r
                                    where id = ?), 'codes', (select json_agg(c order by system, code)
                                    from credential_external_code c where credential_id = ?))::text""",
                        List.of(credentialId, credentialId), "id"),
                new EventType("StateApprovalsChanged", "catalog.state-approvals.v1",
                        "org.credalign.catalog.StateApprovalsChanged.v1", "ZZ", (variant, version) -> """
                                {"state": "ZZ", "entries": [{"credentialId": "replay-list-%d", "status": "APPROVED",
                                 "approvedOn": null, "reviewDue": null, "incentiveAmount": null},
                                 {"credentialId": "replay-list-kept", "status": "%s", "approvedOn": null,
                                 "reviewDue": null, "incentiveAmount": null}],
                                 "version": %d, "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}"""
                                .formatted(variant, variant == 2 ? "UNDER_REVIEW" : "APPROVED", version),
                        """
                                select json_build_object('list', (select row_to_json(l) from state_approval_list l
                                    where state = ?), 'entries', (select json_agg(a order by credential_id)
                                    from state_approval a where state = ?))::text""", List.of("ZZ", "ZZ"),
                        "state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void duplicateAndOlderVersionsChangeNothingAndANewerOneApplies(EventType type) {
        faults.assertDuplicatesAndOlderVersionsChangeNothing(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void unreadableMessagesAreDeadLetteredCountedAndDoNotHoldBackTheNextOne(EventType type) {
        faults.assertPoisonIsDeadLetteredCountedAndSkipped(type);
    }
}
