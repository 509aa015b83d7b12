package org.credalign.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec disagreements Prism and Portman (deploy/local/contract-test) found: a credential without description is
 * served with "description": null, resolve answers 400 without system or code, and a PUT body may leave the id out.
 */
@QuarkusTest
class OpenApiMatchesResponsesTest {

    @Inject
    ObjectMapper objectMapper;

    private JsonNode document() throws Exception {
        return objectMapper.readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    private static List<String> types(JsonNode property) {
        List<String> types = new ArrayList<>();
        property.path("type").forEach(type -> types.add(type.asText()));
        return types;
    }

    @Test
    void optionalPropertiesMayBeNullAndRequiredOnesMayNot() throws Exception {
        JsonNode credential = document().at("/components/schemas/Credential");
        List<String> description = types(credential.at("/properties/description"));
        assertTrue(description.contains("string") && description.contains("null"), description.toString());
        JsonNode request = document().at("/components/schemas/CredentialRequest");
        request.path("required").forEach(name -> assertFalse(
                types(request.at("/properties/" + name.asText())).contains("null"), name + " is required"));
    }

    @Test
    void resolveDocumentsItsRequiredParameters() throws Exception {
        List<String> required = new ArrayList<>();
        document().at("/paths/~1api~1v1~1credentials~1resolve/get/parameters").forEach(parameter -> {
            if (parameter.path("required").asBoolean()) {
                required.add(parameter.path("name").asText());
            }
        });
        assertEquals(List.of("code", "system"), required.stream().sorted().toList());
    }

    @Test
    void theIdIsNotRequiredInTheBodyBecausePutMayLeaveItOut() throws Exception {
        List<String> required = new ArrayList<>();
        document().at("/components/schemas/CredentialRequest/required").forEach(name -> required.add(name.asText()));
        assertFalse(required.contains("id"), required.toString());
        assertTrue(required.containsAll(List.of("name", "issuer", "type", "clusters")), required.toString());
    }
}
