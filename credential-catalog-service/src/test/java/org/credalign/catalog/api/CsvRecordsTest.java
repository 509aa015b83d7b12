package org.credalign.catalog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRecordsKeepTheirFirstLine() throws Exception {
        var records = CsvRecords.parse("id,name\r\na,\"x, \"\"y\"\"\"\n\nb,\"two\nlines\"\nc,\n");
        assertEquals(4, records.size());
        assertEquals(List.of("a", "x, \"y\""), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("b", "two\nlines"), records.get(2).fields());
        assertEquals(4, records.get(2).line());
        assertEquals(List.of("c", ""), CsvRecords.parse("h,i\nc,").get(1).fields());
    }

    @Test
    void anUnclosedQuoteIsNotCsv() {
        var e = assertThrows(CsvRecords.MalformedCsv.class, () -> CsvRecords.parse("id\n\"open\n"));
        assertEquals(2, e.line);
    }
}
