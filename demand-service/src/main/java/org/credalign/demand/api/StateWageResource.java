package org.credalign.demand.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.credalign.demand.messaging.StateWagesChanged;
import org.credalign.demand.service.StateWageService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/states/{state}/wages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "State wages")
public class StateWageResource {

    private final StateWageService service;
    private final Caller caller;

    public StateWageResource(StateWageService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getStateWages", summary = "A state's all-occupation median wage per calendar year")
    @APIResponse(responseCode = "200", description = "The wages, oldest year first (empty when none)",
            content = @Content(schema = @Schema(implementation = StateWages.Response.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StateWages.Response get(@PathParam("state") @Parameter(example = "NJ") String state) {
        UsStates.require(state);
        return toResponse(state, service.get(state));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEMAND_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "putStateWages", summary = "Replace a state's median wages",
            description = "The body is the state's full list: years left out are removed, an empty list clears it. "
                    + "Publishes StateWagesChanged when anything changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StateWages.Request.class),
            examples = @ExampleObject(name = "two years", value = ApiExamples.WAGES_BODY)))
    @APIResponse(responseCode = "200", description = "The stored wages",
            content = @Content(schema = @Schema(implementation = StateWages.Response.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a demand-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate year", value = ApiExamples.WAGES_INVALID)))
    public StateWages.Response put(@PathParam("state") @Parameter(example = "NJ") String state,
            StateWages.Request body) {
        UsStates.require(state);
        if (body == null || body.wages() == null) {
            throw ProblemException.validation("State wages have invalid fields", "wages is required",
                    List.of(FieldError.field("wages", "is required (an empty list clears the state's wages)")));
        }
        List<Map<String, String>> entries = new ArrayList<>();
        for (StateWages.Entry entry : body.wages()) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (entry != null && entry.year() != null) {
                fields.put("year", entry.year().toString());
            }
            if (entry != null && entry.medianAnnualWage() != null) {
                fields.put("medianAnnualWage", entry.medianAnnualWage().toString());
            }
            entries.add(fields);
        }
        return toResponse(state, service.put(state, entries, caller.name()));
    }

    private static StateWages.Response toResponse(String state, List<StateWagesChanged.Wage> wages) {
        return new StateWages.Response(state, wages.stream()
                .map(w -> new StateWages.Entry(w.year(), w.medianAnnualWage())).toList());
    }
}
