package org.credalign.alignment.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.credalign.testsupport.KafkaEventSender;
import org.credalign.testsupport.KafkaEventSender.Event;

/**
 * The hand-computed state-year of StateYearScorerTest (score 46.20), as the producers' events for any state and
 * school year, with unique credential ids and SOC codes so runs never meet each other's data. Versions grow with
 * the clock so keys shared across runs (a state's list and wages) always take the newest.
 */
final class ScenarioEvents {

    static final String CREDENTIAL = "org.credalign.catalog.CredentialChanged.v1";
    static final String APPROVALS = "org.credalign.catalog.StateApprovalsChanged.v1";
    static final String ATTAINMENT = "org.credalign.attainment.AttainmentChanged.v1";
    static final String SNAPSHOT = "org.credalign.attainment.AttainmentSnapshotCompleted.v1";
    static final String PROFILE = "org.credalign.attainment.StateProfileChanged.v1";
    static final String DEMAND = "org.credalign.demand.DemandChanged.v1";
    static final String OCCUPATION = "org.credalign.demand.OccupationChanged.v1";
    static final String WAGES = "org.credalign.demand.StateWagesChanged.v1";

    private static final java.util.Map<String, List<String>> LIST_ENTRIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String entry(String credentialId, String status, String approvedOn, String incentive) {
        return """
                {"credentialId": "%s", "status": "%s", "approvedOn": %s, "reviewDue": null, "incentiveAmount": %s}"""
                .formatted(credentialId, status, approvedOn, incentive);
    }

    final String state;
    final int endYear;
    final String schoolYear;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String submissionId = UUID.randomUUID().toString();
    final String importId = "import-" + suffix;

    ScenarioEvents(String state, int endYear) {
        this.state = state;
        this.endYear = endYear;
        this.schoolYear = (endYear - 1) + "-" + String.format("%02d", endYear % 100);
    }

    static long version() {
        return System.currentTimeMillis() * 1000 + (System.nanoTime() % 1000 + 1000) % 1000;
    }

    String id(String name) {
        return name + "-" + suffix;
    }

    String soc(String base) {
        return base + "-" + suffix;
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    private Event credential(String name, String type, boolean retired, List<String> clusters, List<String> socs,
            boolean appropriate, List<String> requiredIn) {
        String body = """
                {"id": "%s", "name": "%s", "issuer": "Test", "type": "%s", "clusterFramework": "NCCF-16",
                 "clusters": %s, "occupations": %s, "secondaryAppropriate": %s, "requiredInStates": %s,
                 "externalCodes": [], "description": null, "url": null, "status": "%s", "version": %d,
                 "changedBy": "test", "changedAt": "2024-01-01T00:00:00Z"}""".formatted(id(name), name.toUpperCase(),
                type, json(clusters), json(socs.stream().map(this::soc).toList()), appropriate, json(requiredIn),
                retired ? "RETIRED" : "ACTIVE", version());
        return new Event("catalog.credentials.v1", null, id(name), CREDENTIAL, body, version());
    }

    private Event occupation(String base, String title, int wage, List<String> clusters) {
        return new Event("demand.occupations.v1", null, soc(base), OCCUPATION, """
                {"soc": "%s", "title": "%s", "medianAnnualWage": %d, "employment": 1000, "projectedGrowthPct": 2.5,
                 "clusters": %s, "removed": false, "version": %d, "changedBy": "test"}"""
                .formatted(soc(base), title, wage, json(clusters), version()), version());
    }

    Event attainment(String name, int secondary, int postsecondary, boolean removed, String submission, long version) {
        String counts = removed ? "[]" : """
                [{"level": "SECONDARY", "subgroup": "ALL", "earned": %d},
                 {"level": "SECONDARY", "subgroup": "SEX:F", "earned": 1},
                 {"level": "POSTSECONDARY", "subgroup": "ALL", "earned": %d}]""".formatted(secondary, postsecondary);
        return new Event("attainment.earned.v1", null, state + ":" + schoolYear + ":" + id(name), ATTAINMENT, """
                {"state": "%s", "schoolYear": "%s", "credentialId": "%s", "counts": %s, "removed": %s,
                 "submissionId": "%s", "version": %d, "changedBy": "test"}"""
                .formatted(state, schoolYear, id(name), counts, removed, submission, version), version);
    }

    Event marker(String submission, int keyCount, long version) {
        return new Event("attainment.earned.v1", null, state + ":" + schoolYear, SNAPSHOT, """
                {"state": "%s", "schoolYear": "%s", "submissionId": "%s", "keyCount": %d, "version": %d,
                 "changedBy": "test"}""".formatted(state, schoolYear, submission, keyCount, version), version);
    }

    Event demand(String name, long postings, String basis) {
        long v = version();
        return new Event("demand.credentials.v1", null, state + ":" + endYear + ":" + id(name), DEMAND, """
                {"state": "%s", "year": %d, "credentialId": "%s", "postings": %d, "basis": "%s", "removed": false,
                 "importId": "%s", "version": %d, "changedBy": "test"}"""
                .formatted(state, endYear, id(name), postings, basis, importId, v), v);
    }

    /** Catalog, occupations, wages, list and profile: everything but attainment and demand. */
    List<Event> reference() {
        List<Event> events = new ArrayList<>(List.of(
                credential("cna", "CERTIFICATION", false, List.of("HS"), List.of("31-1131"), true, List.of()),
                credential("osha10", "GENERAL_CAREER_READINESS", false, List.of("AC", "MN", "TD", "AG"), List.of(),
                        true, List.of()),
                credential("rn", "LICENSE", false, List.of("HS"), List.of("29-1141"), true,
                        List.of(state.equals("NJ") ? "NY" : "NJ")),
                credential("cosmo", "LICENSE", false, List.of("HU"), List.of("39-5012"), true, List.of()),
                credential("mos", "SOFTWARE", false, List.of("BM", "IT"), List.of("43-6014"), true, List.of()),
                credential("old-cert", "CERTIFICATION", true, List.of("MN"), List.of(), true, List.of()),
                credential("retired-unearned", "CERTIFICATION", true, List.of("MN"), List.of(), true, List.of()),
                credential("cdl", "LICENSE", false, List.of("TD"), List.of("53-3032"), false, List.of()),
                credential("tiny", "CERTIFICATION", false, List.of("IT"), List.of(), true, List.of()),
                occupation("31-1131", "Nursing Assistants", 35000, List.of("HS")),
                occupation("29-1141", "Registered Nurses", 80000, List.of("HS")),
                occupation("39-5012", "Cosmetologists", 30000, List.of("HU")),
                occupation("43-6014", "Secretaries", 40000, List.of("BM")),
                occupation("53-3032", "Truck Drivers", 50000, List.of("TD"))));
        // Wages and the approved list are keyed by state alone and replace what came before: every scenario of a
        // state in this JVM sends the same wages for all years and the union of the scenarios' list entries.
        long v = version();
        String wages = String.join(", ", java.util.stream.IntStream.rangeClosed(2001, 2020)
                .mapToObj(y -> "{\"year\": " + y + ", \"medianAnnualWage\": 45000}").toList());
        events.add(new Event("demand.state-wages.v1", null, state, WAGES, """
                {"state": "%s", "wages": [%s], "version": %d, "changedBy": "test"}""".formatted(state, wages, v), v));
        List<String> entries = LIST_ENTRIES.computeIfAbsent(state, k -> new java.util.concurrent.CopyOnWriteArrayList<>());
        entries.addAll(List.of(
                entry(id("cna"), "APPROVED", "\"" + (endYear - 4) + "-01-01\"", "500"),
                entry(id("osha10"), "APPROVED", "\"" + endYear + "-07-01\"", "100"),
                entry(id("cosmo"), "PHASING_OUT", "\"" + (endYear - 5) + "-05-01\"", "null"),
                entry(id("old-cert"), "APPROVED", "null", "200"),
                entry(id("mos"), "REMOVED", "\"" + (endYear - 6) + "-01-01\"", "null")));
        v = version();
        events.add(new Event("catalog.state-approvals.v1", null, state, APPROVALS, """
                {"state": "%s", "entries": [%s], "version": %d, "changedBy": "test",
                 "changedAt": "2024-01-01T00:00:00Z"}""".formatted(state, String.join(", ", entries), v), v));
        v = version();
        events.add(new Event("attainment.state-profiles.v1", null, state + ":" + schoolYear, PROFILE, """
                {"state": "%s", "schoolYear": "%s", "collectsSecondary": true, "collectsPostsecondary": false,
                 "vendorDataSharingAgreements": 2, "credentialsInEssaPlan": true, "incentivePolicy": false,
                 "maintainsApprovedList": true, "yearsOfDataAvailable": 3, "highSchoolEnrollment": 50000,
                 "cteConcentrators": 1000, "version": %d, "changedBy": "test"}""".formatted(state, schoolYear, v), v));
        return events;
    }

    List<Event> demand() {
        return List.of(demand("cna", 100, "DIRECT"), demand("osha10", 40, "DIRECT"),
                demand("rn", 500, "LICENSED_OCCUPATION"), demand("cosmo", 80, "LICENSED_OCCUPATION"),
                demand("mos", 200, "SOFTWARE"), demand("cdl", 60, "LICENSED_OCCUPATION"), demand("tiny", 4, "DIRECT"),
                demand("retired-unearned", 90, "DIRECT"));
    }

    /** The whole snapshot of one submission: 7 credential keys, then the marker. */
    List<Event> attainmentSnapshot(boolean withMarker) {
        long v = version();
        List<Event> events = new ArrayList<>(List.of(attainment("cna", 40, 5, false, submissionId, v),
                attainment("osha10", 300, 0, false, submissionId, v), attainment("rn", 20, 0, false, submissionId, v),
                attainment("cosmo", 100, 0, false, submissionId, v),
                attainment("old-cert", 30, 0, false, submissionId, v), attainment("tiny", 3, 0, false, submissionId, v),
                attainment("unknown-x", 7, 0, false, submissionId, v)));
        if (withMarker) {
            events.add(marker(submissionId, 7, v));
        }
        return events;
    }

    void sendAll() {
        KafkaEventSender.send(reference());
        KafkaEventSender.send(demand());
        KafkaEventSender.send(attainmentSnapshot(true));
    }
}
