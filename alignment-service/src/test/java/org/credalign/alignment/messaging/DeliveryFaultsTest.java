package org.credalign.alignment.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.credalign.testsupport.ConsumerProgress;
import org.credalign.testsupport.KafkaEventSender;
import org.credalign.testsupport.KafkaEventSender.Event;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8 through the real broker, for every event type of docs/EVENTS.md alignment consumes (seven topics, eight
 * event types): duplicate and out-of-order delivery change nothing beyond the newest version, and an unreadable
 * message is dead-lettered, counted in /q/metrics and does not hold back the valid message behind it.
 *
 * <p>Test data, chosen so no other test meets it: state-year keys use Wyoming 2000-01 (demand year 2001) — the
 * scoring scenarios never pick WY and ReadModelConsumersTest uses WY 2020-21 and VT 2000-01; keys of a state alone
 * (approved list, wages) use the code {@code ZZ}, which is no state, so no scored state-year changes; credential
 * ids and SOC codes carry a random suffix. Versions grow with the clock, so fixed keys take each run's events.
 * Every record goes to partition 0, so the consumer sees them in the order sent, and the consumer group's
 * committed offset (ConsumerProgress) tells when all of them were handled.
 */
@QuarkusTest
class DeliveryFaultsTest {

    private static final String GROUP = "alignment-service";
    private static final String DEAD_LETTERS = "alignment-service.dead-letter.v1";
    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    /** The body of one event type, as variant 1, 2 or 3 of its content, at a given version. */
    @FunctionalInterface
    interface Body {
        String of(int variant, long version);
    }

    /**
     * One event type: where it travels, its key, how to write it, a query returning its whole read-model state as
     * JSON text (each row, every column), and a field without which it cannot be applied.
     */
    record EventType(String name, String topic, String ceType, String key, Body body, String stateQuery,
            List<Object> queryParameters, String requiredField) {

        Event event(int variant, long version) {
            return new Event(topic, 0, key, ceType, body.of(variant, version), version);
        }

        @Override
        public String toString() {
            return name;
        }
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
                                 "approvedOn": "2001-0%d-01", "reviewDue": null, "incentiveAmount": %d}],
                                 "version": %d, "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}"""
                                .formatted(variant, variant, 100 * variant, version),
                        """
                                select json_build_object('list', (select row_to_json(l) from state_approvals l
                                    where state = ?), 'entries', (select json_agg(e order by credential_id)
                                    from state_approval_entry e where state = ?))::text""", List.of("ZZ", "ZZ"),
                        "state"),
                new EventType("AttainmentChanged", "attainment.earned.v1",
                        "org.credalign.attainment.AttainmentChanged.v1", "WY:2000-01:" + credentialId,
                        (variant, version) -> """
                                {"state": "WY", "schoolYear": "2000-01", "credentialId": "%s",
                                 "counts": [{"level": "SECONDARY", "subgroup": "ALL", "earned": %d},
                                            {"level": "POSTSECONDARY", "subgroup": "ALL", "earned": %d}],
                                 "removed": false, "submissionId": "%s", "version": %d, "changedBy": "test"}"""
                                .formatted(credentialId, 10 * variant, variant, submission(suffix, variant), version),
                        """
                                select row_to_json(a)::text from credential_attainment a
                                where state = 'WY' and school_year = 2001 and credential_id = ?""",
                        List.of(credentialId), "credentialId"),
                new EventType("AttainmentSnapshotCompleted", "attainment.earned.v1",
                        "org.credalign.attainment.AttainmentSnapshotCompleted.v1", "WY:2000-01",
                        (variant, version) -> """
                                {"state": "WY", "schoolYear": "2000-01", "submissionId": "%s", "keyCount": %d,
                                 "version": %d, "changedBy": "test"}"""
                                .formatted(submission(suffix, variant), variant, version),
                        """
                                select row_to_json(s)::text from attainment_snapshot s
                                where state = ? and school_year = 2001""", List.of("WY"), "keyCount"),
                new EventType("StateProfileChanged", "attainment.state-profiles.v1",
                        "org.credalign.attainment.StateProfileChanged.v1", "WY:2000-01", (variant, version) -> """
                                {"state": "WY", "schoolYear": "2000-01", "collectsSecondary": true,
                                 "collectsPostsecondary": %s, "vendorDataSharingAgreements": %d,
                                 "credentialsInEssaPlan": true, "incentivePolicy": false,
                                 "maintainsApprovedList": true, "yearsOfDataAvailable": 3,
                                 "highSchoolEnrollment": %d, "cteConcentrators": null, "version": %d,
                                 "changedBy": "test"}""".formatted(variant == 2, variant, 1000 * variant, version),
                        """
                                select row_to_json(p)::text from state_profile p
                                where state = ? and school_year = 2001""", List.of("WY"), "schoolYear"),
                new EventType("DemandChanged", "demand.credentials.v1", "org.credalign.demand.DemandChanged.v1",
                        "WY:2001:" + credentialId, (variant, version) -> """
                                {"state": "WY", "year": 2001, "credentialId": "%s", "postings": %d,
                                 "basis": "DIRECT", "removed": false, "importId": "import-%d", "version": %d,
                                 "changedBy": "test"}""".formatted(credentialId, 100 * variant, variant, version),
                        """
                                select row_to_json(d)::text from credential_demand d
                                where state = 'WY' and year = 2001 and credential_id = ?""", List.of(credentialId),
                        "year"),
                new EventType("OccupationChanged", "demand.occupations.v1",
                        "org.credalign.demand.OccupationChanged.v1", soc, (variant, version) -> """
                                {"soc": "%s", "title": "Replay v%d", "medianAnnualWage": %d, "employment": %d,
                                 "projectedGrowthPct": 1.5, "clusters": [], "removed": false, "version": %d,
                                 "changedBy": "test"}""".formatted(soc, variant, 1000 * variant, variant, version),
                        "select row_to_json(o)::text from occupation o where soc = ?", List.of(soc), "soc"),
                new EventType("StateWagesChanged", "demand.state-wages.v1", "org.credalign.demand.StateWagesChanged.v1",
                        "ZZ", (variant, version) -> """
                                {"state": "ZZ", "wages": [{"year": 2001, "medianAnnualWage": %d},
                                 {"year": %d, "medianAnnualWage": 1}], "version": %d, "changedBy": "test"}"""
                                .formatted(1000 * variant, 2001 + variant, version),
                        """
                                select json_build_object('wages', (select row_to_json(w) from state_wages w
                                    where state = ?), 'years', (select json_agg(y order by year)
                                    from state_wage_year y where state = ?))::text""", List.of("ZZ", "ZZ"),
                        "wages"));
    }

    private static String submission(String suffix, int variant) {
        return UUID.nameUUIDFromBytes((suffix + variant).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** Versions above every earlier run's, so keys shared across runs (ZZ, WY:2000-01) take this run's events. */
    private static long clockVersion() {
        return System.currentTimeMillis() * 1000;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void duplicateAndOlderVersionsChangeNothingAndANewerOneApplies(EventType type) throws Exception {
        long base = clockVersion();
        KafkaEventSender.send(List.of(type.event(2, base + 2)));
        ConsumerProgress.awaitConsumed(GROUP, type.topic(), 0, CONSUMED);
        String v2 = readModelState(type);
        assertTrue(v2.contains("\"version\":" + (base + 2)), () -> "v2 not applied: " + v2);

        KafkaEventSender.send(List.of(type.event(1, base + 1), type.event(2, base + 2)));
        ConsumerProgress.awaitConsumed(GROUP, type.topic(), 0, CONSUMED);
        assertEquals(v2, readModelState(type), "an older or repeated version changed the read model");

        KafkaEventSender.send(List.of(type.event(3, base + 3)));
        ConsumerProgress.awaitConsumed(GROUP, type.topic(), 0, CONSUMED);
        String v3 = readModelState(type);
        assertTrue(v3.contains("\"version\":" + (base + 3)), () -> "v3 not applied: " + v3);
        assertNotEquals(v2.replace(Long.toString(base + 2), Long.toString(base + 3)), v3,
                "v3's content was not applied");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void unreadableMessagesAreDeadLetteredCountedAndDoNotHoldBackTheNextOne(EventType type) throws Exception {
        long version = clockVersion();
        String valid = type.body().of(1, version);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Event> poison = List.of(
                new Event(type.topic(), 0, "poison-json-" + suffix, type.ceType(), "{not json", version),
                new Event(type.topic(), 0, "poison-type-" + suffix, type.ceType(),
                        valid.replace("\"version\": " + version, "\"version\": \"" + version + "\""), version),
                new Event(type.topic(), 0, "poison-missing-" + suffix, type.ceType(),
                        without(valid, type.requiredField()), version));
        assertNotEquals(valid, poison.get(1).value(), "the wrong-type poison must differ from the valid body");
        double before = deadLetterCount(type.topic());

        KafkaEventSender.send(Stream.concat(poison.stream(), Stream.of(type.event(1, version))).toList());
        ConsumerProgress.awaitConsumed(GROUP, type.topic(), 0, CONSUMED);

        String state = readModelState(type);
        assertTrue(state.contains("\"version\":" + version), () -> "the valid message behind was not applied: "
                + state);
        Set<String> missing = new HashSet<>(poison.stream().map(Event::key).toList());
        KafkaTestClient.awaitRecord(DEAD_LETTERS, r -> missing.remove(r.key()) && missing.isEmpty(), CONSUMED);
        assertTrue(missing.isEmpty(), () -> "not dead-lettered: " + missing);
        assertEquals(before + 3, deadLetterCount(type.topic()), "dead letters counted in /q/metrics");
    }

    private static String without(String body, String field) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        assertNotNull(node.remove(field), field + " is not in the body");
        return node.toString();
    }

    private String readModelState(EventType type) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(type.stateQuery())) {
            for (int i = 0; i < type.queryParameters().size(); i++) {
                query.setObject(i + 1, type.queryParameters().get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no read-model row for " + type.key());
                String state = rows.getString(1);
                assertNotNull(state, "no read-model row for " + type.key());
                assertTrue(!rows.next(), "more than one row for " + type.key());
                return state;
            }
        }
    }

    /** credalign_dead_letters_total{topic=...} as /q/metrics shows it (0 before the first dead letter). */
    static double deadLetterCount(String topic) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^credalign_dead_letters_total\\{[^}]*topic=\"" + Pattern.quote(topic)
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
