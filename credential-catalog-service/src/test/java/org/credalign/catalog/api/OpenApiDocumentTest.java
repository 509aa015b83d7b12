package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published API description: every operation named and described, every error documented as a problem. */
@QuarkusTest
class OpenApiDocumentTest {

    @Inject
    ObjectMapper objectMapper;

    @Test
    void everyOperationHasAnIdADescriptionAndProblemErrors() throws Exception {
        JsonNode document = objectMapper.readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertNotNull(operation.get("operationId"), where);
            assertNotNull(operation.get("description"), where + " has no description");
            operations.add(operation.get("operationId").asText());
            operation.get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertTrue(response.getValue().path("content").has("application/problem+json"),
                            where + " " + response.getKey() + " is not documented as a problem");
                }
            });
        }));
        for (String expected : List.of("searchCredentials", "createCredential", "getCredential", "replaceCredential",
                "retireCredential", "resolveCredential", "importCredentials", "getCredentialImport",
                "getStateApprovals", "replaceStateApprovals", "listCareerClusters")) {
            assertTrue(operations.contains(expected), expected + " missing from " + operations);
        }
    }
}
