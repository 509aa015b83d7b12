package org.credalign.demand.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.credalign.demand.service.OccupationService;
import org.credalign.demand.service.OccupationService.OccupationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/occupations")
@Tag(name = "Occupations")
public class OccupationResource {

    static final List<String> CSV_HEADER = List.of("soc", "title", "medianAnnualWage", "employment",
            "projectedGrowthPct", "clusters", "version");

    private final OccupationService service;
    private final Caller caller;

    public OccupationResource(OccupationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listOccupations", summary = "Search occupations",
            description = "Filter by Career Cluster code and by `q` (part of the title, or the start of the SOC "
                    + "code); sorted by SOC. `Accept: text/csv` gives the whole filtered list (clusters joined "
                    + "by '|').")
    @APIResponse(responseCode = "200", description = "A page of occupations (or CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OccupationPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "page or size malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@QueryParam("cluster") @Parameter(example = "IT") String cluster,
            @QueryParam("q") @Parameter(example = "support") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        String qOrNull = q == null || q.isBlank() ? null : q.trim();
        String clusterOrNull = cluster == null || cluster.isBlank() ? null : cluster.trim();
        if (QueryParams.wantsCsv(headers)) {
            return Response.ok(Csv.stream(CSV_HEADER, service.all(clusterOrNull, qOrNull).stream()
                    .map(o -> java.util.Arrays.<Object>asList(o.soc(), o.title(), o.medianAnnualWage(),
                            o.employment(), o.projectedGrowthPct(), o.clusters(), o.version()))), Csv.MEDIA_TYPE)
                    .build();
        }
        PageResponse<OccupationResponse> body = service.search(clusterOrNull, qOrNull, PageRequest.of(page, size))
                .map(OccupationResource::toResponse);
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{soc}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOccupation", summary = "One occupation with wages, employment and growth")
    @APIResponse(responseCode = "200", description = "The occupation",
            content = @Content(schema = @Schema(implementation = OccupationResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a SOC code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown occupation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OccupationResponse get(@PathParam("soc") @Parameter(example = "15-1232") String soc) {
        return toResponse(service.get(soc));
    }

    @PUT
    @Path("/{soc}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEMAND_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "putOccupation", summary = "Create or replace an occupation",
            description = "Same rules as a row of an `occupations` import. Publishes OccupationChanged when "
                    + "anything changed; an identical body changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OccupationRequest.class),
            examples = @ExampleObject(name = "occupation", value = ApiExamples.OCCUPATION_BODY)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OccupationResponse.class)))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)",
            content = @Content(schema = @Schema(implementation = OccupationResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a SOC code, or the body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a demand-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid field", value = ApiExamples.OCCUPATION_INVALID)))
    public Response put(@PathParam("soc") @Parameter(example = "15-1232") String soc, OccupationRequest body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body != null) {
            putIfPresent(fields, "title", body.title());
            putIfPresent(fields, "medianAnnualWage", body.medianAnnualWage());
            putIfPresent(fields, "employment", body.employment());
            putIfPresent(fields, "projectedGrowthPct", body.projectedGrowthPct() == null ? null
                    : body.projectedGrowthPct().toPlainString());
            putIfPresent(fields, "clusters", body.clusters() == null ? null : String.join("|", body.clusters()));
        }
        OccupationService.PutOutcome outcome = service.put(soc, fields, caller.name());
        return Response.status(outcome.created() ? 201 : 200).entity(toResponse(outcome.occupation())).build();
    }

    private static void putIfPresent(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }

    private static OccupationResponse toResponse(OccupationView o) {
        return new OccupationResponse(o.soc(), o.title(), o.medianAnnualWage(), o.employment(),
                o.projectedGrowthPct(), o.clusters(), o.version());
    }

    /** For the OpenAPI document only: the page shape with its item type. */
    @Schema(name = "OccupationPage")
    record OccupationPage(List<OccupationResponse> items, int page, int size, long totalItems, int totalPages) {
    }
}
