package org.credalign.attainment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credalign.attainment.domain.SmallCellSuppression;
import org.credalign.attainment.domain.Subgroups;
import org.credalign.attainment.service.AttainmentReadService;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/states/{state}/attainment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attainment")
public class AttainmentResource {

    private final AttainmentReadService service;

    public AttainmentResource(AttainmentReadService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getStateAttainment", summary = "Credentials earned in a state-year (public)",
            description = "The state-year's current accepted counts per credential, level and subgroup. Subgroup "
                    + "counts from 1 to minCellSize − 1 are withheld (SMALL_CELL), and within a dimension a "
                    + "complementary cell too (COMPLEMENTARY), per METHODOLOGY.md Privacy. Without schoolYear: the "
                    + "state's latest year with data. subgroup filters the cells after suppression.")
    @APIResponse(responseCode = "200", description = "The attainment, or status NO_DATA",
            content = @Content(schema = @Schema(implementation = AttainmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed schoolYear or unknown subgroup",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttainmentResponse get(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(description = "e.g. 2023-24") String schoolYear,
            @QueryParam("subgroup") @Parameter(description = "e.g. ALL or SEX:F") String subgroup) {
        UsStates.require(state);
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        if (subgroup != null && Subgroups.index(subgroup) < 0) {
            throw ProblemException.badRequest("unknown subgroup", List.of(FieldError.field("subgroup",
                    "must be one of " + Subgroups.ORDERED + ", got '" + subgroup + "'")));
        }
        AttainmentReadService.PublicAttainment view = service.publicView(state, year);
        if (view.submission() == null) {
            return new AttainmentResponse(state, view.year() == null ? null : view.year().toString(), "NO_DATA",
                    null, null, view.minCellSize(), List.of());
        }
        List<AttainmentResponse.CredentialAttainment> credentials = view.credentials().stream()
                .map(c -> new AttainmentResponse.CredentialAttainment(c.credentialLevel().credentialId(),
                        c.credentialLevel().level().name(), cells(c.cells(), subgroup)))
                .toList();
        return new AttainmentResponse(state, view.year().toString(), "REPORTED", view.submission().id,
                view.submission().submittedAt, view.minCellSize(), credentials);
    }

    private static List<AttainmentResponse.Cell> cells(List<SmallCellSuppression.Cell> cells, String subgroup) {
        if (subgroup == null) {
            return cells.stream().map(AttainmentResource::toCell).toList();
        }
        return List.of(cells.stream().filter(c -> c.subgroup().equals(subgroup)).findFirst()
                .map(AttainmentResource::toCell)
                .orElse(new AttainmentResponse.Cell(subgroup, null, null, true)));
    }

    private static AttainmentResponse.Cell toCell(SmallCellSuppression.Cell c) {
        return new AttainmentResponse.Cell(c.subgroup(), c.earned(), c.withheld(), false);
    }
}
