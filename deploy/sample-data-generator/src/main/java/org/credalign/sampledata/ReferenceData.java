package org.credalign.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The curated, real-world reference files under deploy/sample-data/reference/ that the generator starts from. */
record ReferenceData(List<CredentialRef> credentials, List<OccupationRef> occupations, List<StateRef> states) {

    record CredentialRef(String id, String name, String issuer, String type, List<String> clusters,
            List<String> occupations, boolean secondaryAppropriate, List<String> requiredInStates, int earnedWeight,
            int demandWeight) {
    }

    record OccupationRef(String soc, String title, int medianAnnualWage, int employment, double projectedGrowthPct,
            List<String> clusters, int postingsWeight) {
    }

    record StateRef(String state, String name, long population, int medianAnnualWage, int hsEnrollment,
            int cteConcentrators) {
    }

    static ReferenceData load(Path dir) throws IOException {
        List<CredentialRef> credentials = read(dir.resolve("credentials.csv")).stream().map(r -> new CredentialRef(
                r.get("id"), r.get("name"), r.get("issuer"), r.get("type"), list(r.get("clusters")),
                list(r.get("occupations")), Boolean.parseBoolean(r.get("secondaryAppropriate")),
                list(r.get("requiredInStates")), (int) Double.parseDouble(r.get("earnedWeight")),
                (int) Double.parseDouble(r.get("demandWeight")))).toList();
        List<OccupationRef> occupations = read(dir.resolve("occupations.csv")).stream().map(r -> new OccupationRef(
                r.get("soc"), r.get("title"), Integer.parseInt(r.get("medianAnnualWage")),
                Integer.parseInt(r.get("employment")), Double.parseDouble(r.get("projectedGrowthPct")),
                list(r.get("clusters")), (int) Double.parseDouble(r.get("postingsWeight")))).toList();
        List<StateRef> states = read(dir.resolve("states.csv")).stream().map(r -> new StateRef(r.get("state"),
                r.get("name"), Long.parseLong(r.get("population")), Integer.parseInt(r.get("medianAnnualWage")),
                Integer.parseInt(r.get("hsEnrollment")), Integer.parseInt(r.get("cteConcentrators")))).toList();
        return new ReferenceData(credentials, occupations, states);
    }

    private static List<String> list(String field) {
        return field == null || field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::trim).toList();
    }

    /** Reads a small RFC 4180 CSV file (quoted fields may hold commas) into maps keyed by the header. */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = parseLine(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> values = parseLine(lines.get(i));
            if (values.size() != header.size()) {
                throw new IOException(file + " line " + (i + 1) + ": " + values.size() + " fields, expected "
                        + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c).trim(), values.get(c).trim());
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
