package org.credalign.attainment.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.credalign.attainment.domain.Submission;
import org.credalign.attainment.service.SubmissionService;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/states/{state}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionResource {

    private final SubmissionService service;
    private final Caller caller;

    public SubmissionResource(SubmissionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "submitAttainment", summary = "Push a state's full picture of a school year",
            description = "Atomic: every row valid and the submission replaces the state-year (201), or nothing is "
                    + "applied and every bad row and field is listed (422). The same content as the current "
                    + "submission returns it unchanged (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "aggregate rows", value = ApiExamples.AGGREGATE_ROWS)))
    @APIResponse(responseCode = "201", description = "Accepted; replaces the state-year",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "200", description = "Identical to the current submission, returned unchanged",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", description = "Body is not JSON or schoolYear is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows; each is listed with row and field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid rows", value = ApiExamples.INVALID_ROWS)))
    public Response submit(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(description = "e.g. 2023-24", required = true) String schoolYear,
            JsonNode body, @Context UriInfo uri) {
        caller.requireSubmitterFor(state);
        UsStates.require(state);
        SchoolYear year = SchoolYear.requiredFromQuery(schoolYear);
        SubmissionService.Outcome outcome = service.submit(state, year, JsonRows.read(body), caller.name());
        SubmissionResponse response = toResponse(outcome.submission());
        if (!outcome.created()) {
            return Response.ok(response).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.submission().id.toString()).build())
                .entity(response).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getSubmission", summary = "A submission with its status and report",
            description = "Readable by that state's submitter only.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such submission for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionResponse get(@PathParam("state") String state, @PathParam("id") UUID id) {
        caller.requireSubmitterFor(state);
        return toResponse(service.get(state, id));
    }

    private static SubmissionResponse toResponse(Submission s) {
        return new SubmissionResponse(s.id, s.state, new SchoolYear(s.schoolYear).toString(), s.status.name(),
                s.rowsReceived, s.rowsAccepted, s.submittedBy, s.submittedAt, List.of(), List.of());
    }
}
