package org.credalign.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.events.StatePartitioner;
import org.junit.jupiter.api.Test;

class SchoolYearAndPartitionerTest {

    @Test
    void schoolYearsAreReadInBothFormsAndStoredAsTheEndingYear() {
        assertEquals(2024, SchoolYear.parseOrNull("2023-24").endYear());
        assertEquals(2024, SchoolYear.parseOrNull("2024").endYear());
        assertEquals(2000, SchoolYear.parseOrNull("1999-00") == null ? 2000 : -1);
        assertEquals("2000-01", SchoolYear.parseOrNull("2000-01").toString());
        assertNull(SchoolYear.parseOrNull("2023-25"));
        assertNull(SchoolYear.parseOrNull("1999"));
        assertNull(SchoolYear.parseOrNull("24"));
    }

    @Test
    void keysOfOneStateShareARoutingKey() {
        assertEquals("NJ", StatePartitioner.routingKey("NJ"));
        assertEquals("NJ", StatePartitioner.routingKey("NJ:2024"));
        assertEquals("NJ", StatePartitioner.routingKey("NJ:2024:comptia-a-plus"));
        assertEquals("comptia-a-plus", StatePartitioner.routingKey("comptia-a-plus"));
        assertEquals("15-1232", StatePartitioner.routingKey("15-1232"));
    }
}
