package org.credalign.attainment.api;

import static org.awaitility.Awaitility.await;
import static org.credalign.attainment.api.TestData.asSubmitter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.credalign.attainment.service.UploadLimiter;
import org.credalign.commons.security.Roles;
import org.credalign.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * The limits of a submission: rows per submission (test profile: 3,000) and uploads of one state in flight at once
 * (2). The body size limit (413) is covered by SubmissionLifecycleTest, with and without Content-Length.
 */
@QuarkusTest
class SubmissionLimitsTest {

    private static final String STUDENT_HEADER = "studentKey,credentialId,level\n";

    @Inject
    UploadLimiter uploads;

    @Test
    void oneRowOverTheRowLimitRejectsTheSubmissionWith422NamingTheLimit() {
        // Short rows keep the body under the async threshold, so the answer is the problem itself.
        asSubmitter("NM").contentType("text/csv").body(STUDENT_HEADER + "k,x,SECONDARY\n".repeat(3001))
                .post("/api/v1/states/NM/submissions?schoolYear=2023-24")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422), "detail", containsString("more than 3000 rows"),
                        "detail", containsString("attainment.submissions.max-rows"));
        asSubmitter("NM").contentType("text/csv").body(STUDENT_HEADER + "k,x,SECONDARY\n".repeat(3000))
                .post("/api/v1/states/NM/submissions?schoolYear=2023-24")
                .then().statusCode(422).body("detail", not(containsString("max-rows")));
    }

    @Test
    void aThirdUploadOfAStateWhileTwoAreInFlightIs429WithRetryAfterAndThePlacesComeBack() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<PipedOutputStream> openBodies = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                PipedInputStream body = new PipedInputStream(64 * 1024);
                PipedOutputStream writer = new PipedOutputStream(body);
                // More than the REST layer's input buffer (10 KiB), so the resource starts reading the stream
                // before it ends; still under the async threshold and the row limit.
                writer.write((STUDENT_HEADER + "k,x,SECONDARY\n".repeat(1500)).getBytes(StandardCharsets.UTF_8));
                openBodies.add(writer);
                held.add(client.sendAsync(streamingUpload("AZ", body), HttpResponse.BodyHandlers.ofString()));
            }
            // Both requests are inside the service, reading bodies that have not ended.
            await().until(() -> uploads.inFlight("AZ") == 2);

            asSubmitter("AZ").contentType("text/csv").body(STUDENT_HEADER)
                    .post("/api/v1/states/AZ/submissions?schoolYear=2023-24")
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", String.valueOf(UploadLimiter.RETRY_AFTER_SECONDS))
                    .body("status", equalTo(429), "detail", containsString("max-concurrent-per-state"));
        } finally {
            for (PipedOutputStream writer : openBodies) {
                close(writer);
            }
        }
        for (CompletableFuture<HttpResponse<String>> response : held) {
            int status = response.get().statusCode();
            assertTrue(status != 429 && status < 500, "a held upload ended with " + status);
        }
        await().until(() -> uploads.inFlight("AZ") == 0);
        asSubmitter("AZ").contentType("text/csv").body(STUDENT_HEADER)
                .post("/api/v1/states/AZ/submissions?schoolYear=2023-24")
                .then().statusCode(not(429));
    }

    private static HttpRequest streamingUpload(String state, PipedInputStream body) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/states/"
                        + state + "/submissions?schoolYear=2023-24"))
                .header("Authorization", DevTokens.bearer(Roles.STATE_SUBMITTER, state))
                .header("Content-Type", "text/csv")
                // no known length: chunked, and the body stays open until the test closes the pipe
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
    }

    private static void close(PipedOutputStream writer) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
