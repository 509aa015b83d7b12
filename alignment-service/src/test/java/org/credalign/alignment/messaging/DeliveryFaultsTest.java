package org.credalign.alignment.messaging;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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
 * Issue 8 through the real broker, for every event type of docs/EVENTS.md alignment consumes (seven topics, eight
 * event types): duplicate and out-of-order delivery change nothing beyond the newest version, and an unreadable
 * message is dead-lettered, counted in /q/metrics and does not hold back the valid message behind it.
 *
 * <p>Test data, chosen so no other test meets it: state-year keys use Wyoming 2019-20 (demand year 2020) — the
 * scoring scenarios never pick WY and use school years ending 2002 to 2019, ReadModelConsumersTest uses WY 2020-21,
 * and 2000-01 must stay without any data (AlignmentScoringTest); keys of a state alone (approved list, wages) use
 * the code {@code ZZ}, which is no state, so no scored state-year changes; credential ids and SOC codes carry a
 * random suffix. Versions grow with the clock, so fixed keys take each run's events.
 * The read-model state of a key is read as JSON of its rows, every column included.
 */
@QuarkusTest
class DeliveryFaultsTest {

    @Inject
    DataSource dataSource;

    private DeliveryFaults faults;

    @BeforeEach
    void consumer() {
        faults = new DeliveryFaults("alignment-service", "alignment-service.dead-letter.v1", dataSource,
                topic -> DeliveryFaults.deadLetters(given().get("/q/metrics").then().statusCode(200).extract()
                        .asString(), topic));
    }

    static Stream<EventType> eventTypes() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String credentialId = "replay-" + suffix;
        String soc = "99-9999-" + suffix;
        return Stream.of(
                new EventType("CredentialChanged", "catalog.credentials.v1",
                        "org.credalign.catalog.CredentialChanged.v1", credentialId, (variant, version) -> """
                                {"id": "%s", "name": "Replay v%d", "issuer": "Test", "type": "CERTIFICATION",
                                 "clusterFramework": "NCCF-16", "clusters": ["MN"], "occupations": [],
                                 "secondaryAppropriate": true, "requiredInStates": [], "externalCodes": [],
                                 "description": null, "url": null, "status": "%s", "version": %d,
                                 "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}"""
                                .formatted(credentialId, variant, variant == 3 ? "RETIRED" : "ACTIVE", version),
                        "select row_to_json(c)::text from credential c where id = ?", List.of(credentialId), "id"),
                new EventType("StateApprovalsChanged", "catalog.state-approvals.v1",
                        "org.credalign.catalog.StateApprovalsChanged.v1", "ZZ", (variant, version) -> """
                                {"state": "ZZ", "entries": [{"credentialId": "replay-list-%d", "status": "APPROVED",
                                 "approvedOn": "2020-0%d-01", "reviewDue": null, "incentiveAmount": %d}],
                                 "version": %d, "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}"""
                                .formatted(variant, variant, 100 * variant, version),
                        """
                                select json_build_object('list', (select row_to_json(l) from state_approvals l
                                    where state = ?), 'entries', (select json_agg(e order by credential_id)
                                    from state_approval_entry e where state = ?))::text""", List.of("ZZ", "ZZ"),
                        "state"),
                new EventType("AttainmentChanged", "attainment.earned.v1",
                        "org.credalign.attainment.AttainmentChanged.v1", "WY:2019-20:" + credentialId,
                        (variant, version) -> """
                                {"state": "WY", "schoolYear": "2019-20", "credentialId": "%s",
                                 "counts": [{"level": "SECONDARY", "subgroup": "ALL", "earned": %d},
                                            {"level": "POSTSECONDARY", "subgroup": "ALL", "earned": %d}],
                                 "removed": false, "submissionId": "%s", "version": %d, "changedBy": "test"}"""
                                .formatted(credentialId, 10 * variant, variant, submission(suffix, variant), version),
                        """
                                select row_to_json(a)::text from credential_attainment a
                                where state = 'WY' and school_year = 2020 and credential_id = ?""",
                        List.of(credentialId), "credentialId"),
                new EventType("AttainmentSnapshotCompleted", "attainment.earned.v1",
                        "org.credalign.attainment.AttainmentSnapshotCompleted.v1", "WY:2019-20",
                        (variant, version) -> """
                                {"state": "WY", "schoolYear": "2019-20", "submissionId": "%s", "keyCount": %d,
                                 "version": %d, "changedBy": "test"}"""
                                .formatted(submission(suffix, variant), variant, version),
                        """
                                select row_to_json(s)::text from attainment_snapshot s
                                where state = ? and school_year = 2020""", List.of("WY"), "keyCount"),
                new EventType("StateProfileChanged", "attainment.state-profiles.v1",
                        "org.credalign.attainment.StateProfileChanged.v1", "WY:2019-20", (variant, version) -> """
                                {"state": "WY", "schoolYear": "2019-20", "collectsSecondary": true,
                                 "collectsPostsecondary": %s, "vendorDataSharingAgreements": %d,
                                 "credentialsInEssaPlan": true, "incentivePolicy": false,
                                 "maintainsApprovedList": true, "yearsOfDataAvailable": 3,
                                 "highSchoolEnrollment": %d, "cteConcentrators": null, "version": %d,
                                 "changedBy": "test"}""".formatted(variant == 2, variant, 1000 * variant, version),
                        """
                                select row_to_json(p)::text from state_profile p
                                where state = ? and school_year = 2020""", List.of("WY"), "schoolYear"),
                new EventType("DemandChanged", "demand.credentials.v1", "org.credalign.demand.DemandChanged.v1",
                        "WY:2020:" + credentialId, (variant, version) -> """
                                {"state": "WY", "year": 2020, "credentialId": "%s", "postings": %d,
                                 "basis": "DIRECT", "removed": false, "importId": "import-%d", "version": %d,
                                 "changedBy": "test"}""".formatted(credentialId, 100 * variant, variant, version),
                        """
                                select row_to_json(d)::text from credential_demand d
                                where state = 'WY' and year = 2020 and credential_id = ?""", List.of(credentialId),
                        "year"),
                new EventType("OccupationChanged", "demand.occupations.v1",
                        "org.credalign.demand.OccupationChanged.v1", soc, (variant, version) -> """
                                {"soc": "%s", "title": "Replay v%d", "medianAnnualWage": %d, "employment": %d,
                                 "projectedGrowthPct": 1.5, "clusters": [], "removed": false, "version": %d,
                                 "changedBy": "test"}""".formatted(soc, variant, 1000 * variant, variant, version),
                        "select row_to_json(o)::text from occupation o where soc = ?", List.of(soc), "soc"),
                new EventType("StateWagesChanged", "demand.state-wages.v1", "org.credalign.demand.StateWagesChanged.v1",
                        "ZZ", (variant, version) -> """
                                {"state": "ZZ", "wages": [{"year": 2020, "medianAnnualWage": %d},
                                 {"year": %d, "medianAnnualWage": 1}], "version": %d, "changedBy": "test"}"""
                                .formatted(1000 * variant, 2020 + variant, version),
                        """
                                select json_build_object('wages', (select row_to_json(w) from state_wages w
                                    where state = ?), 'years', (select json_agg(y order by year)
                                    from state_wage_year y where state = ?))::text""", List.of("ZZ", "ZZ"),
                        "wages"));
    }

    private static String submission(String suffix, int variant) {
        return UUID.nameUUIDFromBytes((suffix + variant).getBytes(StandardCharsets.UTF_8))
                .toString();
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
