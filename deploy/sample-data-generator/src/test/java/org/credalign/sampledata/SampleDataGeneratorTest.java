package org.credalign.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {

    private static final Path REFERENCE = Path.of("src/test/resources/reference");

    private static Map<String, String> generate(Path out, long seed) throws IOException {
        new SampleDataGenerator(new NationalDataset(ReferenceData.load(REFERENCE), seed), out).writeAll();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void theSameSeedGivesIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        Map<String, String> first = generate(a, 42);
        assertEquals(first, generate(b, 42));
        assertNotEquals(first.get("demand/credential-postings.csv"), generate(c, 43).get("demand/credential-postings.csv"));
    }

    @Test
    void newJerseyCarriesThePublishedFigures(@TempDir Path out) throws IOException {
        Map<String, String> files = generate(out, 42);
        String nj = files.get("attainment/submissions/NJ_2018-19.csv");
        assertTrue(nj.contains("basic-first-aid,SECONDARY,ALL,963"), nj);
        assertTrue(nj.contains("cosmetology-license,SECONDARY,ALL,403"), nj);
        String postings = files.get("demand/credential-postings.csv");
        assertTrue(postings.contains("NJ,2019,microsoft-office-specialist,109358"));
        assertTrue(files.get("demand/occupation-postings.csv").contains("NJ,2019,29-2061,10816"));
        assertFalse(files.containsKey("attainment/submissions/WY_2023-24.csv"), "Wyoming reports no attainment");
    }

    @Test
    void subgroupSplitsAddUpToTheAllCount() {
        Map<String, Integer> parts = Splits.split(17, new TreeMap<>(Map.of("A", 0.5, "B", 0.3, "C", 0.2)));
        assertEquals(17, parts.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of(9, 5, 3), List.copyOf(parts.values()));
    }

    @Test
    void studentFilesHaveTheRequestedRowsAndOnlyCatalogCredentials(@TempDir Path out) throws IOException {
        NationalDataset dataset = new NationalDataset(ReferenceData.load(REFERENCE), 7);
        SampleDataGenerator.writeStudents(dataset, out, 1000, "ALL", "2023-24");
        List<String> nj = Files.readAllLines(out.resolve("students/NJ_2023-24.csv"));
        List<String> co = Files.readAllLines(out.resolve("students/CO_2023-24.csv"));
        assertEquals(String.join(",", StudentRows.HEADER), nj.get(0));
        assertEquals(1000 * 95000 / (95000 + 70000) + 1, nj.size(), "NJ's share of 1,000 rows plus the header");
        assertEquals(1000 * 70000 / (95000 + 70000) + 1, co.size());
        List<String> ids = dataset.reference().credentials().stream().map(ReferenceData.CredentialRef::id).toList();
        assertTrue(nj.stream().skip(1).allMatch(line -> ids.contains(line.split(",")[1])));
    }
}
