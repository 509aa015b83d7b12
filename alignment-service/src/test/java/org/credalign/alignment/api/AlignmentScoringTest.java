package org.credalign.alignment.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.credalign.alignment.domain.MethodologyParameters;
import org.credalign.commons.api.UsStates;
import org.credalign.testsupport.AsyncApiContract;
import org.credalign.testsupport.DevTokens;
import org.credalign.testsupport.KafkaEventSender;
import org.credalign.testsupport.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * End to end through the real broker and database: the producers' events of a hand-computed state-year (the same
 * numbers as StateYearScorerTest) become stored results served by every read endpoint, published on
 * alignment.scores.v1, rescored incrementally, and rebuilt from offset 0 with identical results.
 */
@QuarkusTest
class AlignmentScoringTest {

    private static final List<String> STATES = new ArrayList<>(UsStates.CODES);
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    static {
        STATES.remove("WY"); // ReadModelConsumersTest's state
        STATES.remove("VT"); // ReadModelConsumersTest expects Vermont to have no data at all
        Collections.sort(STATES);
    }

    /** A state-year for one test (school years 2001-02 to 2018-19; several tests may share a state). */
    private static ScenarioEvents freshScenario() {
        int n = NEXT.getAndIncrement() + ThreadLocalRandom.current().nextInt(50) * 18;
        return new ScenarioEvents(STATES.get(ThreadLocalRandom.current().nextInt(STATES.size())), 2002 + n % 18);
    }

    private static String base(ScenarioEvents s) {
        return "/api/v1/alignment/states/" + s.state;
    }

    private static JsonPath summary(ScenarioEvents s) {
        return given().get(base(s) + "?schoolYear=" + s.schoolYear).then().statusCode(200).extract().jsonPath();
    }

    /** The scenario's credentials linked to an occupation the scenario sends (ScenarioEvents.reference). */
    private static final List<String> LINKED_TO_SENT_OCCUPATIONS = List.of("cna", "rn", "cosmo", "mos", "cdl");

    /**
     * Waits for the score and for the inputs the score does not depend on (the state's wage and approved list, and
     * the occupations' wages, each sent on its own topic): dead ends and incentives are asserted from them, and
     * topics arrive in no fixed order.
     */
    private static void awaitScore(ScenarioEvents s, String score) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonPath summary = summary(s);
            Object value = summary.get("alignmentScore");
            return value != null && score.equals(String.valueOf(value))
                    && summary.get("inputs.stateMedianWage") != null && summary.getInt("inputs.approvedListSize") > 0
                    && occupationWagesArrived(s);
        });
    }

    /** Every listed credential linked to a sent occupation shows that occupation's wage (at least one is listed). */
    private static boolean occupationWagesArrived(ScenarioEvents s) {
        List<Map<String, Object>> items = given().get(base(s) + "/credentials?schoolYear=" + s.schoolYear + "&size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<String> linked = LINKED_TO_SENT_OCCUPATIONS.stream().map(s::id).toList();
        List<Map<String, Object>> listed = items.stream().filter(i -> linked.contains(i.get("credentialId"))).toList();
        return !listed.isEmpty() && listed.stream().allMatch(i -> i.get("bestOccupationWage") != null);
    }

    @Test
    void aStateYearIsScoredExactlyAsHandComputedAndServedByEveryEndpoint() {
        ScenarioEvents s = freshScenario();
        s.sendAll();
        awaitScore(s, "46.2");

        String hash = MethodologyParameters.defaults().hash();
        given().get(base(s) + "?schoolYear=" + s.schoolYear).then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age"))
                .body("status", equalTo("SCORED"), "alignmentCategory", equalTo("MINIMALLY_ALIGNED"),
                        "mapCategory", equalTo("SECONDARY"), "pctEarnedInDemand", equalTo(0.284f),
                        "pctInDemandNotEarned", equalTo(0.3333f), "dataCollectionScore", equalTo(3),
                        "totals.credentialsEarned", equalTo(493), "totals.perHundredConcentrators", equalTo(49.3f),
                        "totals.perThousandStudents", equalTo(9.86f), "inputs.earnedInDemand", equalTo(140),
                        "inputs.postings", equalTo(484), "inputs.credentialsInDemandSecondaryAppropriate", equalTo(3),
                        "inputs.inDemandNotEarned", equalTo(1), "inputs.wageFloor", equalTo(36000.0f),
                        "deadEnds", equalTo(5), "incentiveDollarsOnDeadEnds", equalTo(26000),
                        "submissionIds", equalTo(List.of(s.submissionId)), "importIds", equalTo(List.of(s.importId)),
                        "attainmentComplete", equalTo(true), "rank", notNullValue(),
                        "nation.statesScored", notNullValue(), "methodologyVersion", equalTo("v1"),
                        "parametersHash", equalTo(hash), "computedAt", notNullValue());

        // per credential, most earned first; filter by category; license not required here; unknown credential
        given().get(base(s) + "/credentials?schoolYear=" + s.schoolYear).then().statusCode(200)
                .body("totalItems", equalTo(9), "items[0].credentialId", equalTo(s.id("osha10")),
                        "items.find { it.credentialId == '" + s.id("rn") + "' }.demandBasis",
                        equalTo("NOT_REQUIRED_HERE"),
                        "items.find { it.credentialId == '" + s.id("cna") + "' }.earned", equalTo(45),
                        "items.find { it.credentialId == '" + s.id("cna") + "' }.earnedCounted", equalTo(40),
                        "items.find { it.credentialId == 'unknown-x-" + s.suffix + "' }.flags",
                        equalTo(List.of("notInCatalog")));
        given().get(base(s) + "/credentials?schoolYear=" + s.schoolYear + "&category=VERY_UNDERSUPPLIED&size=2")
                .then().statusCode(200).body("totalItems", equalTo(3), "items", hasSize(2), "totalPages", equalTo(2))
                .header("Link", containsString("rel=\"next\""));
        String csv = given().accept("text/csv").get(base(s) + "/credentials?schoolYear=" + s.schoolYear)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("state,schoolYear,credentialId,"), csv);
        assertEquals(10, csv.split("\r\n").length); // header + 9 credentials, not one page

        given().get(base(s) + "/dead-ends?schoolYear=" + s.schoolYear).then().statusCode(200)
                .body("totalItems", equalTo(5),
                        "items.find { it.credentialId == '" + s.id("cna") + "' }.deadEndTests", equalTo(List.of("WAGE")),
                        "items.find { it.credentialId == '" + s.id("cna") + "' }.incentiveDollars", equalTo(20000));
        given().get(base(s) + "/revalidation?schoolYear=" + s.schoolYear).then().statusCode(200)
                .body("totalItems", equalTo(4));
        given().get(base(s) + "/revalidation?schoolYear=" + s.schoolYear + "&action=CONSIDER_ADDING").then()
                .statusCode(200).body("totalItems", equalTo(1), "items[0].credentialId", equalTo(s.id("mos")));
        given().get(base(s) + "/clusters?schoolYear=" + s.schoolYear).then().statusCode(200)
                .body("totalItems", equalTo(8), "items.find { it.cluster == 'AC' }.earned", equalTo(300),
                        "items.find { it.cluster == 'MN' }.earned", equalTo(330),
                        "items.find { it.cluster == 'HS' }.countsOverlap", equalTo(true),
                        "items.find { it.cluster == 'HS' }.occupations.soc", hasItem(s.soc("31-1131")));
        given().get("/api/v1/alignment/credentials/" + s.id("cna") + "/states?schoolYear=" + s.schoolYear).then()
                .statusCode(200).body("items.state", hasItem(s.state));
        given().get("/api/v1/alignment/nation?schoolYear=" + s.schoolYear).then().statusCode(200)
                .body("states", hasItem(s.state), "methodologyVersion", equalTo("v1"));
        given().get("/api/v1/alignment/nation/credentials?schoolYear=" + s.schoolYear + "&size=500").then()
                .statusCode(200).body("items.credentialId", hasItem(s.id("osha10")));
        given().get(base(s) + "/trend").then().statusCode(200).body("items.schoolYear", hasItem(s.schoolYear));
        given().get("/api/v1/alignment/states?schoolYear=" + s.schoolYear).then().statusCode(200)
                .body("totalItems", equalTo(51), "items.find { it.state == '" + s.state + "' }.alignmentScore",
                        equalTo(46.2f));

        // conditional GET: the same ETag gets 304 without a body
        String etag = given().get(base(s) + "?schoolYear=" + s.schoolYear).then().extract().header("ETag");
        given().header("If-None-Match", etag).get(base(s) + "?schoolYear=" + s.schoolYear).then().statusCode(304);

        // published through the outbox, keyed STATE:YEAR. Topics are not ordered with each other, so an earlier
        // record may carry a result computed before, say, the profile arrived; the latest carries the final one.
        var record = KafkaTestClient.awaitRecord("alignment.scores.v1",
                r -> (s.state + ":" + s.schoolYear).equals(r.key()) && r.value().contains("\"alignmentScore\":46.2"),
                Duration.ofSeconds(60));
        assertNotNull(record, "no alignment.scores.v1 record for " + s.state + ":" + s.schoolYear);
        assertEquals("org.credalign.alignment.AlignmentScored.v1", KafkaTestClient.header(record, "ce_type"));
        JsonPath event = JsonPath.from(record.value());
        assertEquals("46.2", String.valueOf(event.getFloat("alignmentScore")));
        assertEquals(hash, event.getString("parametersHash"));
        assertNotNull(event.get("version"));
        assertNull(event.get("nation"));
    }

    /**
     * The AsyncAPI document the service serves is the contract integrators code against: every record this service
     * has published on the real broker (this scenario's and every earlier test's) must match it.
     */
    @Test
    void everyPublishedScoreRecordMatchesTheAsyncApiDocument() {
        ScenarioEvents s = freshScenario();
        s.sendAll();
        awaitScore(s, "46.2");
        String key = s.state + ":" + s.schoolYear;
        assertNotNull(KafkaTestClient.awaitRecord("alignment.scores.v1",
                r -> key.equals(r.key()) && r.value().contains("\"alignmentScore\":46.2"), Duration.ofSeconds(60)));

        AsyncApiContract contract = AsyncApiContract.fromClasspath("META-INF/resources/asyncapi.yaml");
        AsyncApiContract.PublishedCheck check = contract.checkPublished("alignment-service", Duration.ofSeconds(60));

        assertEquals(List.of(), check.violations());
        assertTrue(check.keys().contains("alignment.scores.v1/" + key), check.keys()::toString);
    }

    @Test
    void oneStateYearsEventRescoresThatStateYearOnlyAndStaleOrRepeatedEventsChangeNothing() {
        ScenarioEvents a = freshScenario();
        ScenarioEvents b = new ScenarioEvents(a.state, a.endYear == 2019 ? 2018 : a.endYear + 1);
        a.sendAll();
        b.sendAll();
        awaitScore(a, "46.2");
        awaitScore(b, "46.2");
        String bComputedAt = summary(b).getString("computedAt");

        // more demand for mos in A: 200 → 0 would drop it; raise cna to 2,000 postings instead (E/D = 0.02)
        KafkaEventSender.Event more = a.demand("osha10", 600, "DIRECT");
        KafkaEventSender.send(List.of(more));
        // osha10 in demand now: earned in demand 140 + 300 = 440 → 440/493 = 0.8925;
        // in demand & appropriate: cna, osha10, cosmo, mos → 1/4 = 0.25
        // 100 × (0.5·0.8925 + 0.3·0.75 + 0.2·3/5) = 100 × (0.44625 + 0.225 + 0.12) = 79.125 → 79.13
        awaitScore(a, "79.13");
        assertEquals("HIGHLY_ALIGNED", summary(a).getString("alignmentCategory"));
        assertEquals(bComputedAt, summary(b).getString("computedAt"), "another state-year was rescored");

        // the same message again and an older version change nothing
        KafkaEventSender.send(List.of(more));
        KafkaEventSender.send(List.of(new KafkaEventSender.Event(more.topic(), null, more.key(), more.ceType(),
                more.value().replace("\"postings\": 600", "\"postings\": 1"), more.version() - 1)));
        // a marker event behind them on the same partition (same state) proves they were processed
        ScenarioEvents c = new ScenarioEvents(a.state, a.endYear == 2002 ? 2019 : a.endYear - 1);
        c.sendAll();
        awaitScore(c, "46.2");
        assertEquals("79.13", String.valueOf(summary(a).getFloat("alignmentScore")));
    }

    @Test
    void aSnapshotIsServedMidwayButPublishedOnlyWhenItsMarkerArrived() {
        ScenarioEvents s = freshScenario();
        KafkaEventSender.send(s.reference());
        KafkaEventSender.send(s.demand());
        KafkaEventSender.send(s.attainmentSnapshot(false));
        awaitScore(s, "46.2");
        assertEquals(false, summary(s).getBoolean("attainmentComplete"));
        String key = s.state + ":" + s.schoolYear;
        // (a NO_DATA result from before the attainment arrived may be published; the half snapshot may not)
        assertNull(KafkaTestClient.awaitRecord("alignment.scores.v1",
                r -> key.equals(r.key()) && r.value().contains(s.submissionId), Duration.ofSeconds(3)),
                "a half-arrived snapshot was published");

        KafkaEventSender.send(List.of(s.marker(s.submissionId, 7, ScenarioEvents.version())));
        await().atMost(Duration.ofSeconds(60)).until(() -> summary(s).getBoolean("attainmentComplete"));
        assertNotNull(KafkaTestClient.awaitRecord("alignment.scores.v1",
                r -> key.equals(r.key()) && r.value().contains(s.submissionId), Duration.ofSeconds(60)));
    }

    @Test
    void theReadModelRebuiltFromOffsetZeroGivesIdenticalResults() {
        ScenarioEvents s = freshScenario();
        s.sendAll();
        awaitScore(s, "46.2");
        Map<String, Object> before = withoutTimes(summary(s).getMap(""));
        String credentialsBefore = given().get(base(s) + "/credentials?schoolYear=" + s.schoolYear + "&size=500")
                .then().extract().asString();
        Map<String, Object> stateItemBefore = stateItem(s);

        given().post("/api/v1/admin/rebuild").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer("demand-admin", null)).post("/api/v1/admin/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        Response rebuilt = given().header("Authorization", DevTokens.bearer("catalog-admin", null))
                .post("/api/v1/admin/rebuild");
        rebuilt.then().statusCode(200);
        assertTrue(rebuilt.jsonPath().getLong("rowsCleared") > 0);
        assertTrue(rebuilt.jsonPath().getLong("recordsReplayed") > 0);

        assertEquals(before, withoutTimes(summary(s).getMap("")));
        assertEquals(credentialsBefore, given().get(base(s) + "/credentials?schoolYear=" + s.schoolYear
                + "&size=500").then().extract().asString());
        assertEquals(stateItemBefore, stateItem(s));
    }

    /** The state's item in the states list, without its rank (other tests score states of the same year). */
    private static Map<String, Object> stateItem(ScenarioEvents s) {
        Map<String, Object> item = new java.util.HashMap<>(given().get("/api/v1/alignment/states?size=500&schoolYear="
                + s.schoolYear).then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.state == '" + s.state + "' }"));
        item.remove("rank");
        return item;
    }

    private static Map<String, Object> withoutTimes(Map<String, Object> summary) {
        Map<String, Object> copy = new java.util.HashMap<>(summary);
        copy.remove("computedAt");
        copy.remove("nation"); // the nation may include states other tests scored meanwhile
        copy.remove("rank");
        copy.remove("statesRanked");
        return copy;
    }

    @Test
    void theFullRescoreRecomputesEveryStateYearAndNeedsTheAdminRole() {
        given().post("/api/v1/admin/rescore").then().statusCode(401);
        ScenarioEvents s = freshScenario();
        s.sendAll();
        awaitScore(s, "46.2");
        given().header("Authorization", DevTokens.bearer("catalog-admin", null)).post("/api/v1/admin/rescore")
                .then().statusCode(200).body("stateYears", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertEquals("46.2", String.valueOf(summary(s).getFloat("alignmentScore")));
    }

    @Test
    void anUnreadableEventIsDeadLetteredAndDoesNotBlockTheOnesBehindIt() {
        ScenarioEvents s = freshScenario();
        KafkaEventSender.send(s.reference());
        KafkaEventSender.send(List.of(new KafkaEventSender.Event("demand.credentials.v1", null,
                s.state + ":" + s.endYear + ":broken-" + s.suffix, ScenarioEvents.DEMAND, "{not json",
                ScenarioEvents.version())));
        KafkaEventSender.send(s.demand());
        KafkaEventSender.send(s.attainmentSnapshot(true));
        awaitScore(s, "46.2");
        assertNotNull(KafkaTestClient.awaitRecord("alignment-service.dead-letter.v1",
                r -> (s.state + ":" + s.endYear + ":broken-" + s.suffix).equals(r.key()), Duration.ofSeconds(60)));
    }

    @Test
    void methodologyNamesItsVersionEveryParameterAndTheirHash() {
        given().get("/api/v1/methodology").then().statusCode(200).header("ETag", notNullValue())
                .body("methodologyVersion", equalTo("v1"),
                        "parameters.ratioEdges", equalTo(List.of("0.5", "0.8", "1.25", "2.0")),
                        "parameters.minVolume", equalTo(10), "parameters.inDemandMinPostings", equalTo(50),
                        "parameters.weightEarnedInDemand", equalTo("0.5"), "parameters.levels",
                        equalTo(List.of("SECONDARY")), "parametersHash",
                        equalTo(MethodologyParameters.defaults().hash()));
    }

    @Test
    void badParametersAreProblems() {
        given().get("/api/v1/alignment/states?schoolYear=soon").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("schoolYear"));
        given().get("/api/v1/alignment/states?category=GREAT").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("category"));
        given().get("/api/v1/alignment/states?mapCategory=X").then().statusCode(400)
                .body("errors[0].field", equalTo("mapCategory"));
        given().get("/api/v1/alignment/states/NJ/credentials?category=PLENTY").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().get("/api/v1/alignment/states/NJ/revalidation?action=DROP").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        given().get("/api/v1/alignment/states/NJ/dead-ends?size=0").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/api/v1/alignment/states/NJ/clusters?page=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        for (String path : List.of("", "/credentials", "/clusters", "/dead-ends", "/revalidation", "/trend")) {
            given().get("/api/v1/alignment/states/XX" + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/alignment/credentials/no-such-credential-anywhere/states").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/alignment/nation?schoolYear=1999").then().statusCode(400);
    }

    @Test
    void aStateWithoutDataIsNoDataAndUnranked() {
        // 2000-01 is never used by the scenarios above (they use 2001-02 to 2018-19)
        given().get("/api/v1/alignment/states/VT?schoolYear=2000-01").then().statusCode(200)
                .body("status", equalTo("NO_DATA"), "noDataReason", equalTo("NO_ATTAINMENT"),
                        "alignmentCategory", equalTo("NO_DATA"));
        given().get("/api/v1/alignment/states?schoolYear=2000-01").then().statusCode(200)
                .body("totalItems", equalTo(51), "items[0].rank", equalTo(null));
        assertNotEquals(0, STATES.size());
    }
}
