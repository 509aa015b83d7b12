package org.credalign.attainment.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.credalign.testsupport.LogCapture;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens and student keys never reach the log: not for a student-level submission with invalid rows (in
 * the request thread and on the background worker), not for a broken line, not for refused tokens, even
 * with DEBUG turned on for everything.
 */
@QuarkusTest
class SensitiveDataLogTest {

    private static final String PATH = "/api/v1/states/UT/submissions?schoolYear=2023-24";

    @Inject
    TestData data;

    @Test
    void tokensAndStudentKeysAreNeverLogged() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> studentKeys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            studentKeys.add("sk" + i + "-" + run);
        }
        String token = DevTokens.token(Roles.STATE_SUBMITTER, "UT");
        List<String> refusedTokens = List.of(DevTokens.signedByUnknownKey("UT"), DevTokens.expired("UT"),
                DevTokens.wrongIssuer("UT"), "not-a-jwt-" + run);
        String cred = data.credential("ACTIVE");
        // Invalid rows of every kind; two keys sit in the wrong column, so a message quoting a value would echo them.
        String csv = "studentKey,credentialId,level,sex\n"
                + studentKeys.get(0) + "," + cred + ",SECONDARY,Q\n"
                + studentKeys.get(1) + ",unknown-" + run + ",SECONDARY,F\n"
                + studentKeys.get(2) + "," + cred + ",SECONDARY," + studentKeys.get(3) + "\n"
                + studentKeys.get(3) + "," + cred + "," + studentKeys.get(4) + ",M\n"
                + studentKeys.get(4) + "," + cred + ",SECONDARY,F,extra\n";

        // DEBUG for everything, as an operator chasing a problem would turn it on (quarkus.log.level=DEBUG): the
        // categories the shared configuration pins to INFO stay there, everything else logs at DEBUG.
        // REST Assured's client (org.apache.http) runs in this JVM too and logs what the test sends: not the service.
        try (LogCapture log = LogCapture.start("").ignoring("org.apache.http")) {
            Logger.getLogger(SensitiveDataLogTest.class).infof("log capture canary %s", run);

            submitter(token).contentType("text/csv").body(csv).post(PATH).then().statusCode(422);
            String location = submitter(token).header("Prefer", "respond-async").contentType("text/csv").body(csv)
                    .post(PATH).then().statusCode(202).extract().header("Location");
            await().until(() -> !"PROCESSING".equals(submitter(token).get(location).then().extract()
                    .path("status")));
            submitter(token).contentType("application/x-ndjson")
                    .body(("{\"studentKey\": \"" + studentKeys.get(5) + "\", \"credentialId\": ")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post(PATH).then().statusCode(422); // a broken NDJSON line is a malformed row
            for (String refused : refusedTokens) {
                submitter(refused).contentType("text/csv").body(csv).post(PATH).then().statusCode(401)
                        .contentType("application/problem+json");
            }

            String logged = log.text();
            assertTrue(logged.contains("log capture canary") && logged.contains(run),
                    "the capture must see this JVM's log");
            List<String> secrets = new ArrayList<>(studentKeys);
            for (String t : concat(token, refusedTokens)) {
                secrets.add(t);
                String[] parts = t.split("\\.");
                if (parts.length == 3) {
                    secrets.add(parts[2]); // the signature alone is enough to replay a logged token
                }
            }
            for (String secret : secrets) {
                assertFalse(logged.contains(secret), "logged: " + secret + "\n" + logged.lines()
                        .filter(line -> line.contains(secret) || !line.startsWith("\t")).filter(line -> line
                                .contains(secret)).limit(5).collect(java.util.stream.Collectors.joining("\n")));
            }
        }
    }

    private static RequestSpecification submitter(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
