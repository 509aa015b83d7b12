package org.credalign.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.credalign.commons.api.Csv;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenNeededAndFormulasAreDefused() {
        assertEquals("", Csv.field(null));
        assertEquals("CompTIA A+", Csv.field("CompTIA A+"));
        assertEquals("\"Agriculture, Food\"", Csv.field("Agriculture, Food"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("IT|HS", Csv.field(List.of("IT", "HS")));
        assertEquals("'=1+1", Csv.field("=1+1"));
        assertEquals("-3", Csv.field(-3));
    }

    @Test
    void streamWritesHeaderAndRowsWithCrlf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.stream(List.of("id", "earned"), Stream.of(List.of("a", 1), List.of("b,c", 2))).write(out);
        assertEquals("id,earned\r\na,1\r\n\"b,c\",2\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
