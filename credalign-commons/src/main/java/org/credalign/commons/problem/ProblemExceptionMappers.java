package org.credalign.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into application/problem+json, so clients see one error shape in
 * every service. Unexpected exceptions become a 500 whose body reveals nothing internal; the log keeps the cause.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    /**
     * Jackson failures: syntax errors mean the body cannot be parsed (400); a value of the wrong type in
     * well-formed JSON is a field error (422) naming the JSON path. MismatchedInputException is named explicitly
     * because Quarkus ships a more specific built-in mapper for it that would otherwise answer a bare 400.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
            String field = jsonPath(mapping.getPath());
            return respond(422, "validation", "Request has invalid fields",
                    "field '" + field + "' has a value of the wrong type", uri,
                    List.of(FieldError.field(field, e.getOriginalMessage())));
        }
        return respond(400, "malformed-request", "Request cannot be parsed",
                "body is not valid JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "Authentication required",
                        "a valid bearer token is required for this operation", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "the token's roles do not allow this operation", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("server error", e);
            return respond(status, "server-error", "Server error", "the server could not complete the request",
                    uri, List.of());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        return respond(status, title.toLowerCase().replace(' ', '-'), title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warnf("database unavailable, answering 503: %s", e.getMessage());
            return DatabaseUnavailable.response(uri);
        }
        if (hasNulCharacterCause(e)) {
            // PostgreSQL cannot store U+0000 in text (SQLState 22021); the value came from the request.
            return respond(400, "malformed-request", "Request cannot be parsed",
                    "a text value contains the NUL character (U+0000), which is not allowed", uri, List.of());
        }
        LOG.error("unexpected error", e);
        return respond(500, "server-error", "Server error", "the server could not complete the request", uri,
                List.of());
    }

    private static boolean hasNulCharacterCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
