package org.credalign.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every write operation (POST, PUT, PATCH, DELETE) a service documents in its OpenAPI document, each sent with
 * tokens that must be refused: none, expired, signed by an unknown key, wrong issuer, wrong audience (401), a valid
 * token without a role that may write, and for {@code /states/{state}/...} paths a submitter of another state
 * (403). Enumerating from the live document means a new endpoint is swept the day it is added.
 *
 * <p>Path, query and header parameters are filled with the documented example or a plausible value; the body is
 * the first documented example. The request is therefore one that a properly authorized caller could make, so
 * only the authentication or authorization check can be the reason it is refused.
 *
 * <p>Use from a {@code @QuarkusTest} (REST Assured already points at the service):
 * <pre>
 * WriteEndpointAuthSweep sweep = WriteEndpointAuthSweep.of(given().get("/q/openapi?format=json").asString(),
 *         "NJ", "DE", List.of(Roles.DEMAND_ADMIN));
 * assertEquals(List.of(), sweep.run());
 * </pre>
 */
public final class WriteEndpointAuthSweep {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    /** Set by the HTTP client itself; never filled from the document. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-length", "content-type", "authorization");
    private static final String PROBLEM_JSON = "application/problem+json";
    /** A role no service grants any write to. */
    public static final String ROLE_WITHOUT_WRITES = "credalign-reader";

    /** One write operation, ready to send. */
    public record Operation(String method, String template, String path, Map<String, String> query,
            Map<String, String> headers, String contentType, String body) {

        public boolean stateScoped() {
            return template.contains("/states/{state}");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** One request to send: the operation, the Authorization header value (null: none) and the refusal expected. */
    public record Case(Operation operation, String description, String authorization, int expectedStatus) {

        @Override
        public String toString() {
            return operation + " [" + description + "]";
        }
    }

    private final List<Operation> operations;
    private final String state;
    private final String otherState;
    private final List<String> rolesWithoutWriteAccess;

    private WriteEndpointAuthSweep(List<Operation> operations, String state, String otherState,
            List<String> rolesWithoutWriteAccess) {
        this.operations = List.copyOf(operations);
        this.state = state;
        this.otherState = otherState;
        this.rolesWithoutWriteAccess = List.copyOf(rolesWithoutWriteAccess);
    }

    /**
     * @param openApiJson the service's {@code /q/openapi?format=json}
     * @param state the value of every {@code {state}} path parameter (and the state claim of the bad tokens)
     * @param otherState a different state whose submitter must be refused on {@code state}'s paths
     * @param rolesWithoutWriteAccess real roles this service grants no write to; each must get 403 everywhere
     */
    public static WriteEndpointAuthSweep of(String openApiJson, String state, String otherState,
            List<String> rolesWithoutWriteAccess) {
        if (state.equalsIgnoreCase(otherState)) {
            throw new IllegalArgumentException("otherState must differ from state");
        }
        try {
            JsonNode document = new ObjectMapper().readTree(openApiJson);
            return new WriteEndpointAuthSweep(writeOperations(document, state), state, otherState,
                    rolesWithoutWriteAccess);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON (ask for ?format=json)", e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Every case, operation by operation. */
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Operation operation : operations) {
            cases.add(new Case(operation, "no token", null, 401));
            cases.add(new Case(operation, "expired token", bearer(DevTokens.expired(state)), 401));
            cases.add(new Case(operation, "token signed by an unknown key",
                    bearer(DevTokens.signedByUnknownKey(state)), 401));
            cases.add(new Case(operation, "wrong issuer", bearer(DevTokens.wrongIssuer(state)), 401));
            cases.add(new Case(operation, "wrong audience", bearer(DevTokens.wrongAudience(state)), 401));
            cases.add(new Case(operation, "valid token, role " + ROLE_WITHOUT_WRITES,
                    DevTokens.bearer(ROLE_WITHOUT_WRITES, state), 403));
            for (String role : rolesWithoutWriteAccess) {
                cases.add(new Case(operation, "valid token, role " + role, DevTokens.bearer(role, state), 403));
            }
            if (operation.stateScoped()) {
                cases.add(new Case(operation, "state-submitter of " + otherState,
                        DevTokens.bearer("state-submitter", otherState), 403));
            }
        }
        return cases;
    }

    /**
     * Sends every case; answers one line per case that was not refused as expected (status and a problem+json
     * body with the same status). An empty list means every write refused every bad token.
     */
    public List<String> run() {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            Response response = send(c);
            String contentType = response.getContentType() == null ? "" : response.getContentType();
            Object bodyStatus = null;
            if (contentType.startsWith(PROBLEM_JSON)) {
                bodyStatus = response.jsonPath().get("status");
            }
            if (response.statusCode() != c.expectedStatus() || !contentType.startsWith(PROBLEM_JSON)
                    || !Integer.valueOf(c.expectedStatus()).equals(bodyStatus)) {
                String body = response.asString();
                failures.add(c + ": expected " + c.expectedStatus() + " " + PROBLEM_JSON + ", got "
                        + response.statusCode() + " '" + contentType + "' "
                        + body.substring(0, Math.min(body.length(), 300)));
            }
        }
        return failures;
    }

    private static Response send(Case c) {
        Operation op = c.operation();
        RequestSpecification request = RestAssured.given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .redirects().follow(false);
        if (c.authorization() != null) {
            request.header("Authorization", c.authorization());
        }
        op.headers().forEach(request::header);
        op.query().forEach(request::queryParam);
        if (op.contentType() != null) {
            request.contentType(op.contentType()).body(op.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(op.method(), op.path());
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    // ---- reading the document --------------------------------------------------------------------------------

    private static List<Operation> writeOperations(JsonNode document, String state) {
        List<Operation> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (WRITE_METHODS.contains(method.getKey())) {
                    found.add(operation(document, path.getKey(), method.getKey(), path.getValue(),
                            method.getValue(), state));
                }
            }
        }
        return found;
    }

    private static Operation operation(JsonNode document, String template, String method, JsonNode pathItem,
            JsonNode op, String state) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        String path = template;
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            boolean required = parameter.path("required").asBoolean(false);
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", value(document, name, parameter, state));
                case "query" -> {
                    if (required) {
                        query.put(name, value(document, name, parameter, state));
                    }
                }
                case "header" -> {
                    if (required && !TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                        headers.put(name, value(document, name, parameter, state));
                    }
                }
                default -> {
                }
            }
        }
        String contentType = null;
        String body = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.size() > 0) {
            contentType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            body = exampleBody(content.get(contentType), contentType);
        }
        return new Operation(method.toUpperCase(Locale.ROOT), template, path, query, headers, contentType, body);
    }

    /** The documented example, or a value of the right shape for the parameter. */
    private static String value(JsonNode document, String name, JsonNode parameter, String state) {
        if (name.equals("state")) {
            return state;
        }
        if (parameter.hasNonNull("example")) {
            return parameter.get("example").asText();
        }
        JsonNode schema = resolve(document, parameter.path("schema"));
        if (schema.hasNonNull("default")) {
            return schema.get("default").asText();
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if (name.equals("schoolYear")) {
            return "2023-24";
        }
        if (name.equalsIgnoreCase("If-Match")) {
            return "\"1\"";
        }
        String type = schema.path("type").asText();
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        if (type.equals("boolean")) {
            return "false";
        }
        return "sweep-" + name.toLowerCase(Locale.ROOT);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return target;
        }
        return schema;
    }

    private static String exampleBody(JsonNode media, String contentType) {
        JsonNode example = null;
        if (media.path("examples").size() > 0) {
            example = media.path("examples").elements().next().path("value");
        } else if (media.hasNonNull("example")) {
            example = media.get("example");
        }
        if (example == null || example.isMissingNode() || example.isNull()) {
            return contentType.contains("json") ? "{}" : "";
        }
        return example.isTextual() ? example.asText() : example.toString();
    }
}
