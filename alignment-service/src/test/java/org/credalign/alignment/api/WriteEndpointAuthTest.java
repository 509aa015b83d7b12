package org.credalign.alignment.api;

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
    private static final int DOCUMENTED_WRITE_OPERATIONS = 2;

    @Inject
    DataSource dataSource;

    @Test
    void everyWriteOperationRefusesEveryBadToken() throws SQLException {
        WriteEndpointAuthSweep sweep = WriteEndpointAuthSweep.of(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString(),
                "NJ", "DE", List.of(Roles.DEMAND_ADMIN, Roles.STATE_SUBMITTER));
        assertTrue(sweep.operations().size() >= DOCUMENTED_WRITE_OPERATIONS,
                "only " + sweep.operations() + " found in the OpenAPI document");

        execute("insert into occupation (soc, title, removed, version) values ('" + SENTINEL + "', 'auth sweep', "
                + "false, 1) on conflict (soc) do nothing");
        try {
            String before = writesFingerprint();

            List<String> failures = sweep.run();

            assertEquals(List.of(), failures,
                    failures.size() + " of " + sweep.cases().size() + " cases were not refused");
            assertEquals(before, writesFingerprint(), "a refused request wrote something");
        } finally {
            execute("delete from occupation where soc = '" + SENTINEL + "'");
        }
    }

    /** A read-model row no topic carries: a rebuild (truncate, then replay from Kafka) would lose it. */
    private static final String SENTINEL = "00-SWEEP";

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    /**
     * A rebuild empties the read model, so the sentinel occupation disappears. A rescore that changed nothing
     * leaves no trace by design (results are recomputed from the same read model); its refusal is the status.
     */
    private String writesFingerprint() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select count(*) from occupation where soc = '" + SENTINEL + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
