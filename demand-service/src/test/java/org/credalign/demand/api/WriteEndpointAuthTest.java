package org.credalign.demand.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.WriteEndpointAuthSweep;
import org.junit.jupiter.api.Test;

/**
 * Every write operation in this service's OpenAPI document refuses every bad token (401) and every token without
 * the right role or state (403), as problem+json, and nothing is written. The operations come from the live
 * document, so an endpoint added later is swept too.
 */
@QuarkusTest
class WriteEndpointAuthTest {

    /** Write operations documented today; fewer means the enumeration broke, not that the service shrank. */
    private static final int DOCUMENTED_WRITE_OPERATIONS = 3;

    @Inject
    DataSource dataSource;

    @Test
    void everyWriteOperationRefusesEveryBadToken() throws SQLException {
        WriteEndpointAuthSweep sweep = WriteEndpointAuthSweep.of(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString(),
                "NJ", "DE", List.of(Roles.CATALOG_ADMIN, Roles.STATE_SUBMITTER));
        assertTrue(sweep.operations().size() >= DOCUMENTED_WRITE_OPERATIONS,
                "only " + sweep.operations() + " found in the OpenAPI document");

        String before = writesFingerprint();

        List<String> failures = sweep.run();

        assertEquals(List.of(), failures, failures.size() + " of " + sweep.cases().size() + " cases were not refused");
        assertEquals(before, writesFingerprint(), "a refused request wrote something");
    }

    /** Every import is a row; occupation and wage changes publish through the outbox. */
    private String writesFingerprint() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("""
                     select (select coalesce(max(id), 0) from outbox_event) || ':' || (select count(*) from demand_import)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
