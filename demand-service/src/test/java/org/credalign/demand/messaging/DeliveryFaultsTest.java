package org.credalign.demand.messaging;

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
 * Issue 8 through the real broker, for the topic demand consumes (catalog.credentials.v1): duplicate and out-of-order delivery change nothing beyond the newest version, and
 * unreadable messages are dead-lettered, counted in /q/metrics and do not hold back the valid message behind them.
 *
 * <p>Test data no other test meets: credential ids, external codes and SOC codes carry a random suffix (no
 * postings name them, so no demand is derived from the changes).
 */
@QuarkusTest
class DeliveryFaultsTest {

    @Inject
    DataSource dataSource;

    private DeliveryFaults faults;

    @BeforeEach
    void consumer() {
        faults = new DeliveryFaults("demand-service", "demand-service.dead-letter.v1", dataSource,
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
                                 "clusterFramework": "NCCF-16", "clusters": ["IT"], "occupations": ["99-%d-%s"],
                                 "secondaryAppropriate": true, "requiredInStates": [%s],
                                 "externalCodes": [{"system": "REPLAY", "code": "%s-v%d"}],
                                 "description": null, "url": null, "status": "%s", "version": %d,
                                 "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}"""
                                .formatted(credentialId, variant, variant, suffix, variant == 2 ? "\"NJ\"" : "",
                                        suffix, variant, variant == 3 ? "RETIRED" : "ACTIVE", version),
                        """
                                select json_build_object('replica', (select row_to_json(r) from credential_replica r
                                    where id = ?), 'codes', (select json_agg(c order by system, code)
                                    from credential_external_code c where credential_id = ?))::text""",
                        List.of(credentialId, credentialId), "id"));
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
