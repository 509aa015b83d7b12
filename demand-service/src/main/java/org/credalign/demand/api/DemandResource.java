package org.credalign.demand.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.Problem;
import org.credalign.demand.domain.DemandBasis;
import org.credalign.demand.persistence.DerivedDemandRepository.Listed;
import org.credalign.demand.service.DemandQueryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/states/{state}/demand")
@Tag(name = "Demand")
public class DemandResource {

    static final List<String> CSV_HEADER = List.of("state", "year", "credentialId", "credentialType", "postings",
            "basis", "importId", "version");

    private final DemandQueryService service;

    public DemandResource(DemandQueryService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listStateDemand", summary = "Postings per credential in a state and calendar year",
            description = "Derived demand with its basis: DIRECT (certifications, CTE assessments, general career "
                    + "readiness) and SOFTWARE are the credential's own postings; LICENSED_OCCUPATION is the sum of "
                    + "the postings of a license's linked occupations where the license is required; "
                    + "NOT_REQUIRED_HERE is 0 for a license the state does not require. Sorted by postings, most "
                    + "first. Without `year`, the latest year with demand for the state. `Accept: text/csv` gives "
                    + "the whole filtered list.")
    @APIResponse(responseCode = "200", description = "A page of credentials (or CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DemandPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "year, basis, page or size malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("year") @Parameter(description = "calendar year, e.g. 2024", example = "2024") String year,
            @QueryParam("basis") @Parameter(description = "only this basis") String basis,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        UsStates.require(state);
        DemandBasis basisFilter = QueryParams.basis(basis);
        Integer calendarYear = service.yearOrLatest(state, QueryParams.year(year));
        if (QueryParams.wantsCsv(headers)) {
            return Response.ok(Csv.stream(CSV_HEADER, service.all(state, calendarYear, basisFilter).stream()
                    .map(d -> List.<Object>of(d.state(), d.year(), d.credentialId(),
                            d.credentialType() == null ? "" : d.credentialType(), d.postings(), d.basis().name(),
                            d.importId() == null ? "" : d.importId(), d.version()))), Csv.MEDIA_TYPE).build();
        }
        PageResponse<DemandResponse> body = service.list(state, calendarYear, basisFilter, PageRequest.of(page, size))
                .map(DemandResource::toResponse);
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static DemandResponse toResponse(Listed d) {
        return new DemandResponse(d.state(), d.year(), d.credentialId(), d.credentialType(), d.postings(),
                d.basis().name(), d.importId(), d.version());
    }

    /** For the OpenAPI document only: the page shape with its item type. */
    @Schema(name = "CredentialDemandPage")
    record DemandPage(List<DemandResponse> items, int page, int size, long totalItems, int totalPages) {
    }
}
