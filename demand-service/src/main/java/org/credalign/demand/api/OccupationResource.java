package org.credalign.demand.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.credalign.commons.problem.Problem;
import org.credalign.demand.domain.Occupation;
import org.credalign.demand.service.OccupationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/occupations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occupations")
public class OccupationResource {

    private final OccupationService service;

    public OccupationResource(OccupationService service) {
        this.service = service;
    }

    @GET
    @Path("/{soc}")
    @Operation(operationId = "getOccupation", summary = "One occupation with wages, employment and growth")
    @APIResponse(responseCode = "200", description = "The occupation",
            content = @Content(schema = @Schema(implementation = OccupationResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a SOC code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown occupation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OccupationResponse get(@PathParam("soc") @Parameter(example = "15-1232") String soc) {
        Occupation o = service.get(soc);
        return new OccupationResponse(o.soc, o.title, o.medianAnnualWage, o.employment, o.projectedGrowthPct,
                o.version);
    }
}
