package org.credalign.attainment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowReadersTest {

    private static List<RawRow> read(RowFormat format, String body) throws IOException {
        try (RowReader reader = format.open(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                SnapshotBuilder.ALL_FIELDS)) {
            List<RawRow> rows = new ArrayList<>();
            RawRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void csvRowsAreNumberedByPhysicalLineWithTheHeaderAsLineOne() throws IOException {
        List<RawRow> rows = read(RowFormat.CSV, "\uFEFFcredentialId,level,subgroup,earned\r\n"
                + "osha-10,SECONDARY,ALL,5\r\n"
                + "\r\n"
                + "\"comptia, \"\"a+\"\"\",SECONDARY,SEX:F,\n"
                + "osha-10,SECONDARY\n"
                + "\"osha-10,SECONDARY,ALL,1\n");
        assertEquals(List.of(2L, 4L, 5L, 6L), rows.stream().map(RawRow::row).toList());
        assertEquals("osha-10", rows.get(0).fields().get("credentialId"));
        assertEquals("comptia, \"a+\"", rows.get(1).fields().get("credentialId"));
        assertNull(rows.get(1).fields().get("earned"), "an empty field is an absent value");
        assertTrue(rows.get(2).malformed().contains("2 fields"), rows.get(2).malformed());
        assertTrue(rows.get(3).malformed().contains("quote"), rows.get(3).malformed());
    }

    @Test
    void unknownCsvColumnsAreReportedOnceAgainstTheHeader() throws IOException {
        try (RowReader reader = RowFormat.CSV.open(new ByteArrayInputStream(
                "credentialId,level,subgroup,earned,colour\nosha-10,SECONDARY,ALL,5,red\n".getBytes()),
                SnapshotBuilder.ALL_FIELDS)) {
            assertEquals(1, reader.headerProblems().size());
            assertEquals("colour", reader.headerProblems().get(0).field());
            RawRow row = reader.next();
            assertEquals(java.util.Set.of("credentialId", "level", "subgroup", "earned"), row.fields().keySet());
        }
    }

    @Test
    void ndjsonHasOneObjectPerLineAndABadLineIsOneBadRow() throws IOException {
        List<RawRow> rows = read(RowFormat.NDJSON, """
                {"credentialId": "osha-10", "level": "SECONDARY", "subgroup": "ALL", "earned": 5}

                {"credentialId": "osha-10", "level":
                [1, 2]
                {"credentialId": "osha-10", "earned": null}
                """);
        assertEquals(List.of(1L, 3L, 4L, 5L), rows.stream().map(RawRow::row).toList());
        assertEquals("5", rows.get(0).fields().get("earned"));
        assertTrue(rows.get(1).malformed() != null && rows.get(2).malformed() != null);
        assertEquals(java.util.Set.of("credentialId"), rows.get(3).fields().keySet(), "null is absent");
    }

    @Test
    void jsonArrayElementsAreNumberedAndNonObjectsAreBadRows() throws IOException {
        List<RawRow> rows = read(RowFormat.JSON, """
                [{"credentialId": "osha-10", "earned": 5, "nested": {"a": [1]}}, 7, {"level": "SECONDARY"}]""");
        assertEquals(List.of(1L, 2L, 3L), rows.stream().map(RawRow::row).toList());
        assertEquals("5", rows.get(0).fields().get("earned"));
        assertEquals("(an object)", rows.get(0).fields().get("nested"));
        assertTrue(rows.get(1).malformed().contains("number"));
    }

    @Test
    void brokenJsonSyntaxStopsTheBodyAndAnObjectIsTheWrongShape() {
        UnreadableBodyException broken = assertThrows(UnreadableBodyException.class,
                () -> read(RowFormat.JSON, "[{\"a\": 1}, {\"b\": "));
        assertEquals(2, broken.row());
        assertTrue(!broken.wellFormed());
        UnreadableBodyException object = assertThrows(UnreadableBodyException.class,
                () -> read(RowFormat.JSON, "{\"credentialId\": \"x\"}"));
        assertTrue(object.wellFormed());
    }
}
