package org.credalign.attainment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.credalign.attainment.domain.StateProfile;
import org.credalign.attainment.service.StateProfileService;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
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

@Path("/api/v1/states/{state}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "State profiles")
public class StateProfileResource {

    private final StateProfileService service;
    private final Caller caller;

    public StateProfileResource(StateProfileService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getStateProfile", summary = "A state's data-collection profile for a school year",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = StateProfileResponse.class)))
    @APIResponse(responseCode = "400", description = "schoolYear missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state, or no profile for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StateProfileResponse get(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(description = "e.g. 2023-24", required = true) String schoolYear) {
        UsStates.require(state);
        return toResponse(service.get(state, SchoolYear.requiredFromQuery(schoolYear)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "putStateProfile", summary = "Create or replace a state's profile for a school year",
            description = "State-submitter of that state. Publishes StateProfileChanged on "
                    + "attainment.state-profiles.v1; the same facts again change nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE)))
    @APIResponse(responseCode = "200", description = "The stored profile",
            content = @Content(schema = @Schema(implementation = StateProfileResponse.class)))
    @APIResponse(responseCode = "400", description = "Body is not JSON, or schoolYear missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Missing or invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid profile", value = ApiExamples.INVALID_PROFILE)))
    public StateProfileResponse put(@PathParam("state") String state,
            @QueryParam("schoolYear") @Parameter(description = "e.g. 2023-24", required = true) String schoolYear,
            StateProfileRequest body) {
        caller.requireSubmitterFor(state);
        UsStates.require(state);
        SchoolYear year = SchoolYear.requiredFromQuery(schoolYear);
        return toResponse(service.put(toEntity(state, year, body), caller.name()));
    }

    private static StateProfile toEntity(String state, SchoolYear year, StateProfileRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            throw ProblemException.validation("Profile has invalid fields", "the body is empty",
                    List.of(FieldError.field("(body)", "send the profile as a JSON object")));
        }
        requireBoolean(errors, "collectsSecondary", r.collectsSecondary());
        requireBoolean(errors, "collectsPostsecondary", r.collectsPostsecondary());
        requireBoolean(errors, "credentialsInEssaPlan", r.credentialsInEssaPlan());
        requireBoolean(errors, "incentivePolicy", r.incentivePolicy());
        requireBoolean(errors, "maintainsApprovedList", r.maintainsApprovedList());
        if (r.vendorDataSharingAgreements() == null || r.vendorDataSharingAgreements() < 0) {
            errors.add(FieldError.field("vendorDataSharingAgreements", "is required: a whole number >= 0"));
        }
        nonNegative(errors, "yearsOfDataAvailable", r.yearsOfDataAvailable());
        nonNegative(errors, "highSchoolEnrollment", r.highSchoolEnrollment());
        nonNegative(errors, "cteConcentrators", r.cteConcentrators());
        if (!errors.isEmpty()) {
            throw ProblemException.validation("Profile has invalid fields", errors.size() + " invalid field(s)",
                    errors);
        }
        StateProfile p = new StateProfile();
        p.key = new StateProfile.Key(state, year.endYear());
        p.collectsSecondary = r.collectsSecondary();
        p.collectsPostsecondary = r.collectsPostsecondary();
        p.vendorDataSharingAgreements = r.vendorDataSharingAgreements();
        p.credentialsInEssaPlan = r.credentialsInEssaPlan();
        p.incentivePolicy = r.incentivePolicy();
        p.maintainsApprovedList = r.maintainsApprovedList();
        p.yearsOfDataAvailable = r.yearsOfDataAvailable();
        p.highSchoolEnrollment = r.highSchoolEnrollment();
        p.cteConcentrators = r.cteConcentrators();
        return p;
    }

    private static void requireBoolean(List<FieldError> errors, String field, Boolean value) {
        if (value == null) {
            errors.add(FieldError.field(field, "is required: true or false"));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(FieldError.field(field, "must be a whole number >= 0 (or null when unknown), got " + value));
        }
    }

    private static StateProfileResponse toResponse(StateProfile p) {
        return new StateProfileResponse(p.key.state(), new SchoolYear(p.key.schoolYear()).toString(),
                p.collectsSecondary, p.collectsPostsecondary, p.vendorDataSharingAgreements, p.credentialsInEssaPlan,
                p.incentivePolicy, p.maintainsApprovedList, p.yearsOfDataAvailable, p.highSchoolEnrollment,
                p.cteConcentrators, p.version, p.changedBy, p.changedAt);
    }
}
