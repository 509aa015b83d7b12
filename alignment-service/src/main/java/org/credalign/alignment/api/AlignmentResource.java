package org.credalign.alignment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credalign.alignment.service.AlignmentQueryService;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/alignment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment")
public class AlignmentResource {

    private final AlignmentQueryService queries;

    public AlignmentResource(AlignmentQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Path("/states/{state}/credentials")
    @Operation(operationId = "listStateCredentials", summary = "Credentials earned in a state, most earned first",
            description = "School year defaults to the state's latest year with data; a state without data "
                    + "returns an empty page.")
    @APIResponse(responseCode = "200", description = "One page of credentials")
    @APIResponse(responseCode = "400", description = "Malformed schoolYear or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CredentialEarnedResponse> stateCredentials(
            @PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        UsStates.require(state);
        var result = queries.earnedByCredential(state, SchoolYear.fromQuery(schoolYear), PageRequest.of(page, size));
        String year = result.schoolYear().map(SchoolYear::toString).orElse(null);
        return result.page().map(row -> new CredentialEarnedResponse(state, year, row.credentialId(),
                row.credentialName(), row.type(), row.earnedSecondary() + row.earnedPostsecondary(),
                row.earnedSecondary(), row.earnedPostsecondary()));
    }
}
