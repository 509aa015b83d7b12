package org.credalign.sampledata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.credalign.sampledata.NationalDataset.ApprovalEntry;
import org.credalign.sampledata.NationalDataset.AttainmentRow;
import org.credalign.sampledata.NationalDataset.Postings;
import org.credalign.sampledata.ReferenceData.CredentialRef;
import org.credalign.sampledata.ReferenceData.StateRef;

/**
 * Writes the national sample dataset as the files the public APIs accept; deploy/local/load-sample-data sends them.
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' org.credalign.sampledata.SampleDataGenerator \
 *      [--reference deploy/sample-data/reference] [--out target/sample-data] [--seed 20191125]
 *      [--students N [--students-state NJ|ALL] [--students-year 2023-24]]
 * </pre>
 * With {@code --students N} it writes only the benchmark files: N student-level rows for one state (default NJ), or
 * for ALL, N rows spread over the states that report attainment in proportion to their CTE concentrators.
 * The same seed and reference files always give byte-identical output.
 */
public final class SampleDataGenerator {

    static final long DEFAULT_SEED = 20191125L;

    private final NationalDataset dataset;
    private final Path out;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    SampleDataGenerator(NationalDataset dataset, Path out) {
        this.dataset = dataset;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path reference = Path.of(options.getOrDefault("reference", "deploy/sample-data/reference"));
        Path out = Path.of(options.getOrDefault("out", "target/sample-data"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(DEFAULT_SEED)));
        NationalDataset dataset = new NationalDataset(ReferenceData.load(reference), seed);
        if (options.containsKey("students")) {
            writeStudents(dataset, out, Long.parseLong(options.get("students")),
                    options.getOrDefault("students-state", "NJ"), options.getOrDefault("students-year", "2023-24"));
            return;
        }
        Map<String, Object> summary = new SampleDataGenerator(dataset, out).writeAll();
        System.out.println("sample data written to " + out.toAbsolutePath() + ": " + summary);
    }

    static void writeStudents(NationalDataset dataset, Path out, long rows, String stateCode, String schoolYear)
            throws IOException {
        StudentRows students = new StudentRows(dataset);
        List<StateRef> states = dataset.reference().states().stream()
                .filter(s -> stateCode.equals("ALL") ? NationalDataset.ATTAINMENT_STATES.contains(s.state())
                        : s.state().equals(stateCode)).toList();
        if (states.isEmpty()) {
            throw new IllegalArgumentException("unknown --students-state " + stateCode);
        }
        long concentrators = states.stream().mapToLong(StateRef::cteConcentrators).sum();
        for (StateRef state : states) {
            long share = states.size() == 1 ? rows : Math.max(1, rows * state.cteConcentrators() / concentrators);
            System.out.println(students.write(out, state, schoolYear, share) + ": " + share + " rows");
        }
    }

    Map<String, Object> writeAll() throws IOException {
        ReferenceData reference = dataset.reference();
        Map<String, Object> summary = new LinkedHashMap<>();
        writeJson("catalog/credentials.json", reference.credentials().stream().map(this::credentialBody).toList());
        summary.put("credentials", reference.credentials().size());

        Map<String, Set<String>> approvedByState = new LinkedHashMap<>();
        int lists = 0;
        for (StateRef state : reference.states()) {
            List<ApprovalEntry> entries = dataset.approvedList(state);
            approvedByState.put(state.state(), entries.stream()
                    .filter(e -> e.status().equals("APPROVED") || e.status().equals("PHASING_OUT"))
                    .map(ApprovalEntry::credentialId).collect(Collectors.toSet()));
            if (!entries.isEmpty()) {
                writeJson("catalog/approved-lists/" + state.state() + ".json", Map.of("entries", entries.stream().map(e -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("credentialId", e.credentialId());
                    body.put("status", e.status());
                    body.put("approvedOn", e.approvedOn().toString());
                    body.put("reviewDue", e.reviewDue().toString());
                    body.put("incentiveAmount", e.incentiveAmount());
                    return body;
                }).toList()));
                lists++;
            }
        }
        summary.put("approvedLists", lists);

        long earned = 0;
        int submissions = 0;
        for (StateRef state : reference.states()) {
            for (String schoolYear : NationalDataset.SCHOOL_YEARS) {
                boolean listed = dataset.hasApprovedList(state.state());
                if (listed && !NationalDataset.WITHOUT_PROFILE.contains(state.state())) {
                    writeJson("attainment/profiles/" + state.state() + "_" + schoolYear + ".json",
                            profileBody(dataset.profile(state, schoolYear)));
                }
                if (NationalDataset.ATTAINMENT_STATES.contains(state.state())) {
                    List<AttainmentRow> rows = dataset.attainment(state, schoolYear,
                            approvedByState.get(state.state()));
                    writeAttainment(state.state() + "_" + schoolYear, rows);
                    earned += rows.stream().filter(r -> r.subgroup().equals("ALL")).mapToLong(AttainmentRow::earned)
                            .sum();
                    submissions++;
                }
            }
        }
        List<AttainmentRow> newJersey = PublishedFigures.newJersey2019(dataset);
        writeAttainment("NJ_2018-19", newJersey);
        summary.put("submissions", submissions + 1);
        summary.put("earnedAllYears", earned);

        writeCsv("demand/occupations.csv", List.of("soc", "title", "medianAnnualWage", "employment",
                "projectedGrowthPct", "clusters"), reference.occupations().stream().map(o -> List.<Object>of(o.soc(),
                o.title(), o.medianAnnualWage(), o.employment(), o.projectedGrowthPct(), String.join("|",
                        o.clusters()))).toList());
        List<List<Object>> wages = new ArrayList<>();
        List<List<Object>> credentialPostings = new ArrayList<>();
        List<List<Object>> occupationPostings = new ArrayList<>();
        for (StateRef state : reference.states()) {
            for (int year : NationalDataset.DEMAND_YEARS) {
                wages.add(List.of(state.state(), year, dataset.stateMedianWage(state, year)));
                for (Postings p : dataset.credentialPostings(state, year)) {
                    credentialPostings.add(List.of(p.state(), p.year(), p.key(), p.postings()));
                }
                for (Postings p : dataset.occupationPostings(state, year)) {
                    occupationPostings.add(List.of(p.state(), p.year(), p.key(), p.postings()));
                }
            }
        }
        PublishedFigures.applyNewJersey2019Demand(dataset, credentialPostings, occupationPostings);
        writeCsv("demand/state-wages.csv", List.of("state", "year", "medianAnnualWage"), wages);
        writeCsv("demand/credential-postings.csv", List.of("state", "year", "credentialId", "postings"),
                credentialPostings);
        writeCsv("demand/occupation-postings.csv", List.of("state", "year", "soc", "postings"), occupationPostings);
        summary.put("occupations", reference.occupations().size());
        summary.put("credentialPostingRows", credentialPostings.size());
        summary.put("occupationPostingRows", occupationPostings.size());
        writeJson("summary.json", summary);
        return summary;
    }

    private Map<String, Object> credentialBody(CredentialRef c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("name", c.name());
        body.put("issuer", c.issuer());
        body.put("type", c.type());
        body.put("clusters", c.clusters());
        body.put("occupations", c.occupations());
        body.put("secondaryAppropriate", c.secondaryAppropriate());
        body.put("requiredInStates", c.requiredInStates());
        // A Credential Engine CTID per credential (name-based UUID: stable across runs) for the crosswalk.
        String ctid = "ce-" + UUID.nameUUIDFromBytes(("credalign-sample:" + c.id()).getBytes(StandardCharsets.UTF_8));
        body.put("externalCodes", List.of(Map.of("system", "CTDL-CTID", "code", ctid)));
        return body;
    }

    /** The PUT body of a profile: the state and school year travel in the path and query. */
    private static Map<String, Object> profileBody(NationalDataset.Profile p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("collectsSecondary", p.collectsSecondary());
        body.put("collectsPostsecondary", p.collectsPostsecondary());
        body.put("vendorDataSharingAgreements", p.vendorDataSharingAgreements());
        body.put("credentialsInEssaPlan", p.credentialsInEssaPlan());
        body.put("incentivePolicy", p.incentivePolicy());
        body.put("maintainsApprovedList", p.maintainsApprovedList());
        body.put("yearsOfDataAvailable", p.yearsOfDataAvailable());
        body.put("highSchoolEnrollment", p.highSchoolEnrollment());
        body.put("cteConcentrators", p.cteConcentrators());
        return body;
    }

    private void writeAttainment(String name, List<AttainmentRow> rows) throws IOException {
        writeCsv("attainment/submissions/" + name + ".csv", List.of("credentialId", "level", "subgroup", "earned"),
                rows.stream().map(r -> List.<Object>of(r.credentialId(), r.level(), r.subgroup(), r.earned())).toList());
    }

    private void writeJson(String relative, Object value) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), value);
    }

    private void writeCsv(String relative, List<String> header, List<List<Object>> rows) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", header));
            writer.write('\n');
            for (List<Object> row : rows) {
                writer.write(row.stream().map(SampleDataGenerator::csvField).collect(Collectors.joining(",")));
                writer.write('\n');
            }
        }
    }

    private static String csvField(Object value) {
        String text = String.valueOf(value);
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--reference DIR] [--out DIR] [--seed N]; got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

}
