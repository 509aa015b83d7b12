package org.credalign.catalog.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.credalign.catalog.domain.StateApprovalList;
import org.credalign.catalog.domain.StateApprovalRules;
import org.credalign.catalog.service.StateApprovalService;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/states/{state}/approved-credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "State approved lists")
public class StateApprovalResource {

    private final StateApprovalService service;
    private final Caller caller;
    private final SecurityIdentity identity;

    public StateApprovalResource(StateApprovalService service, Caller caller, SecurityIdentity identity) {
        this.service = service;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getStateApprovals", summary = "A state's approved list, now or on a date",
            description = "The whole list with each entry's status, approvedOn, reviewDue and incentiveAmount. "
                    + "With asOf, the list as it was at the end of that day (UTC). A state without a list has an "
                    + "empty one at version 0.")
    @APIResponse(responseCode = "200", description = "The list; ETag = version",
            content = @Content(schema = @Schema(implementation = StateApprovalsResponse.class),
                    examples = @ExampleObject(name = "NJ", value = ApiExamples.STATE_APPROVALS)))
    @APIResponse(responseCode = "400", description = "asOf is not a date (YYYY-MM-DD)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a USPS state code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "NJ") @PathParam("state") String state,
            @Parameter(description = "A date YYYY-MM-DD: the list as it was then", example = "2025-01-31")
            @QueryParam("asOf") String asOf) {
        UsStates.require(state);
        StateApprovalList list = asOf == null || asOf.isBlank() ? service.current(state)
                : service.asOf(state, date(asOf));
        return Response.ok(toResponse(list)).tag(new EntityTag(Long.toString(list.version()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOG_ADMIN, Roles.STATE_SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceStateApprovals", summary = "Replace a state's approved list",
            description = "Writable by a catalog-admin or by that state's state-submitter. The body is the whole "
                    + "list; it becomes a new version (the old one stays readable with asOf) and "
                    + "StateApprovalsChanged is published on catalog.state-approvals.v1. The same list again changes "
                    + "nothing. If-Match is optional; when sent it must be the current version (412 otherwise).")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "ETag of the list version read, optional")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StateApprovalsRequest.class),
            examples = @ExampleObject(name = "NJ list", value = ApiExamples.STATE_APPROVALS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The list now; ETag = version",
            content = @Content(schema = @Schema(implementation = StateApprovalsResponse.class),
                    examples = @ExampleObject(name = "NJ", value = ApiExamples.STATE_APPROVALS)))
    @APIResponse(responseCode = "400", description = "Body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = ApiExamples.NOT_JSON)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither catalog-admin nor this state's submitter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a USPS state code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Entries break the rules; each field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.STATE_APPROVALS_INVALID)))
    public Response replace(@Parameter(example = "NJ") @PathParam("state") String state,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StateApprovalsRequest request) {
        UsStates.require(state);
        // A catalog admin curates every state's list; a state data system only its own.
        if (!identity.hasRole(Roles.CATALOG_ADMIN)) {
            caller.requireSubmitterFor(state);
        }
        if (request == null) {
            throw ProblemException.badRequest("a JSON body {\"entries\": [...]} is required", List.of());
        }
        if (request.entries() == null) {
            throw ProblemException.validation("Approved list has invalid entries", "entries is required",
                    List.of(FieldError.field("entries", "is required (an empty array empties the list)")));
        }
        List<StateApprovalRules.EntryDraft> drafts = request.entries().stream()
                .map(e -> e == null ? null : new StateApprovalRules.EntryDraft(e.credentialId(), e.status(),
                        e.approvedOn(), e.reviewDue(), e.incentiveAmount()))
                .toList();
        StateApprovalList list = service.replace(state, drafts, IfMatch.optional(ifMatch), caller.name());
        return Response.ok(toResponse(list)).tag(new EntityTag(Long.toString(list.version()))).build();
    }

    private static LocalDate date(String asOf) {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf is not a date",
                    List.of(FieldError.field("asOf", "must be a date YYYY-MM-DD, got '" + asOf + "'")));
        }
    }

    private static StateApprovalsResponse toResponse(StateApprovalList list) {
        return new StateApprovalsResponse(list.state(), list.version(), list.changedBy, list.changedAt,
                list.entries.stream().map(e -> new ApprovalEntryJson(e.credentialId(), e.status().name(),
                        e.approvedOn(), e.reviewDue(), e.incentiveAmount())).toList());
    }
}
