package org.credalign.demand.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void rowsAreNumberedByThePhysicalLineTheyStartOnWithTheHeaderAsLineOne() {
        CsvRows.Parsed parsed = CsvRows.parse("soc,title\r\n15-1232,\"Support,\nspecialists\"\r\n\r\n31-1131,Aides\r\n");
        assertEquals(List.of("soc", "title"), parsed.header());
        assertEquals(2, parsed.rows().size());
        assertEquals(2, parsed.rows().get(0).row());
        assertEquals(Map.of("soc", "15-1232", "title", "Support,\nspecialists"), parsed.rows().get(0).fields());
        // line 3 continues the quoted field, line 4 is blank, so the next row starts on line 5
        assertEquals(5, parsed.rows().get(1).row());
    }

    @Test
    void doubledQuotesAreAQuoteEmptyFieldsAreAbsentAndValuesAreTrimmed() {
        CsvRows.Parsed parsed = CsvRows.parse("\uFEFFa, b ,c\n\"say \"\"hi\"\"\", , 3 ");
        assertEquals(List.of("a", "b", "c"), parsed.header());
        assertEquals(Map.of("a", "say \"hi\"", "c", "3"), parsed.rows().get(0).fields());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsKeptAsMalformed() {
        RawRow row = CsvRows.parse("a,b\n1,2,3\n").rows().get(0);
        assertEquals(2, row.row());
        assertEquals("has 3 field(s), the header has 2", row.malformed());
        assertNull(CsvRows.parse("a,b\n1,2").rows().get(0).malformed(), "no final line break is fine");
    }

    @Test
    void anUnclosedQuoteOrAnEmptyFileCannotBeParsed() {
        CsvRows.UnparseableCsv unclosed = assertThrows(CsvRows.UnparseableCsv.class,
                () -> CsvRows.parse("a,b\n1,2\n3,\"four\n5,6\n"));
        assertEquals(3, unclosed.line());
        assertThrows(CsvRows.UnparseableCsv.class, () -> CsvRows.parse(""));
        assertThrows(CsvRows.UnparseableCsv.class, () -> CsvRows.parse("a,b\n1,x\"y\n"));
    }
}
