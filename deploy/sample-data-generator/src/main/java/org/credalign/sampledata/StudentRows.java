package org.credalign.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.credalign.sampledata.ReferenceData.CredentialRef;
import org.credalign.sampledata.ReferenceData.StateRef;

/**
 * Large student-level attainment files for the benchmarks (attainment-service's student CSV format): one row per
 * student × credential, credentials drawn by how commonly they are earned, demographics at national shares. Streamed
 * to disk, so a million rows never sit in memory.
 */
final class StudentRows {

    static final List<String> HEADER = List.of("studentKey", "credentialId", "level", "outcome", "sex", "race",
            "economicallyDisadvantaged", "disability", "englishLearner");
    private static final String[] RACES = {"WHITE", "HISPANIC", "BLACK", "ASIAN", "TWO_OR_MORE", "AMERICAN_INDIAN",
            "PACIFIC_ISLANDER"};
    private static final double[] RACE_SHARES = {0.46, 0.28, 0.15, 0.05, 0.045, 0.01, 0.005};

    private final NationalDataset dataset;

    StudentRows(NationalDataset dataset) {
        this.dataset = dataset;
    }

    /** Writes {@code rows} rows for one state-year; about 1.3 credentials per student. Returns the file. */
    Path write(Path out, StateRef state, String schoolYear, long rows) throws IOException {
        Path file = out.resolve("students/" + state.state() + "_" + schoolYear + ".csv");
        Files.createDirectories(file.getParent());
        List<CredentialRef> credentials = dataset.reference().credentials().stream()
                .filter(CredentialRef::secondaryAppropriate).toList();
        double[] cumulative = new double[credentials.size()];
        double sum = 0;
        for (int i = 0; i < credentials.size(); i++) {
            sum += Math.max(1, credentials.get(i).earnedWeight());
            cumulative[i] = sum;
        }
        SplittableRandom random = dataset.random("students", state.state() + ":" + schoolYear);
        long students = Math.max(1, Math.round(rows / 1.3));
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", HEADER));
            writer.write('\n');
            for (long i = 0; i < rows; i++) {
                long student = random.nextLong(students);
                // The key a state would send: already hashed on its side (here a seeded stand-in, not a real id).
                String key = Long.toHexString(student * 0x9E3779B97F4A7C15L ^ state.state().hashCode());
                CredentialRef credential = credentials.get(pick(cumulative, random.nextDouble() * sum));
                SplittableRandom person = dataset.random("student", state.state() + ":" + student);
                writer.write(key + ',' + credential.id() + ",SECONDARY," + (random.nextDouble() < 0.95 ? "EARNED"
                        : "NOT_EARNED") + ',' + (person.nextDouble() < 0.5 ? "F" : "M") + ',' + race(person) + ','
                        + (person.nextDouble() < 0.45) + ',' + (person.nextDouble() < 0.13) + ','
                        + (person.nextDouble() < 0.08) + '\n');
            }
        }
        return file;
    }

    private static int pick(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String race(SplittableRandom person) {
        double draw = person.nextDouble();
        double sum = 0;
        for (int i = 0; i < RACES.length; i++) {
            sum += RACE_SHARES[i];
            if (draw < sum) {
                return RACES[i];
            }
        }
        return RACES[0];
    }
}
