package org.credalign.alignment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.credalign.alignment.domain.AlignmentCategory;
import org.credalign.alignment.domain.MapCategory;
import org.credalign.alignment.domain.RevalidationFlag;
import org.credalign.alignment.domain.SupplyDemandCategory;
import org.credalign.alignment.service.AlignmentQueryService;
import org.credalign.alignment.service.AlignmentQueryService.YearPage;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every public read of the alignment results (API.md). Answers carry an ETag and Cache-Control; lists are paged,
 * filterable and available as CSV with {@code Accept: text/csv} (the whole filtered result).
 */
@Path("/api/v1/alignment")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "Alignment")
public class AlignmentResource {

    private static final int CSV_ALL = 1_000_000;
    private static final String BAD_PARAMETER = """
            {"type": "https://credalign.example/problems/malformed-request", "title": "Request cannot be parsed",
             "status": 400, "detail": "schoolYear is malformed", "instance": "/api/v1/alignment/states/NJ/credentials",
             "errors": [{"field": "schoolYear", "message": "must be a school year like '2023-24' (or its ending year '2024'), from 2000-01 to next year's, got 'twenty'"}]}""";
    private static final String UNKNOWN_STATE = """
            {"type": "https://credalign.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "unknown state 'XX': use a USPS code of the 50 states or DC, upper case (e.g. NJ)",
             "instance": "/api/v1/alignment/states/XX"}""";

    private final AlignmentQueryService queries;
    private final CachedResponses responses;

    public AlignmentResource(AlignmentQueryService queries, CachedResponses responses) {
        this.queries = queries;
        this.responses = responses;
    }

    static String enumParameter(String name, String value, Enum<?>[] allowed) {
        if (value == null) {
            return null;
        }
        if (Arrays.stream(allowed).noneMatch(a -> a.name().equals(value))) {
            throw ProblemException.badRequest(name + " is not recognised", List.of(FieldError.field(name,
                    "must be one of " + Arrays.stream(allowed).map(Enum::name).toList() + ", got '" + value + "'")));
        }
        return value;
    }

    private <T> Response itemsOrCsv(Request request, UriInfo uri, HttpHeaders headers,
            Function<PageRequest, YearPage<RawJson>> fetch, PageRequest page, Class<T> type, List<String> header,
            Function<T, List<?>> row) {
        return responses.cached(request, uri, headers, () -> {
            if (CachedResponses.wantsCsv(headers)) {
                YearPage<RawJson> all = fetch.apply(new PageRequest(0, CSV_ALL));
                return responses.csv(header, all.page().items().stream()
                        .map(item -> row.apply(responses.read(item, type))));
            }
            return responses.page(uri, fetch.apply(page).page());
        });
    }

    // ---- states --------------------------------------------------------------------------------------------------

    @GET
    @Path("/states")
    @Operation(operationId = "listStateAlignment", summary = "Every state and DC: category, score, map category, rank",
            description = "School year defaults to the latest school year in which any state has data. Ranked "
                    + "states come first by rank (ties share a rank), then unranked (NO_DATA) states by code.")
    @APIResponse(responseCode = "200", description = "One page of states",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.StateListPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear, category, mapCategory or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    public Response states(@QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("category") @Parameter(description = "alignment category") String category,
            @QueryParam("mapCategory") String mapCategory, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @Context Request request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        String alignment = enumParameter("category", category, AlignmentCategory.values());
        String map = enumParameter("mapCategory", mapCategory, MapCategory.values());
        PageRequest paging = PageRequest.of(page, size);
        return responses.cached(request, uri, headers, () -> {
            if (CachedResponses.wantsCsv(headers)) {
                var all = queries.states(year, alignment, map, new PageRequest(0, CSV_ALL)).page().items();
                return responses.csv(List.of("state", "schoolYear", "status", "noDataReason", "alignmentScore",
                        "alignmentCategory", "mapCategory", "rank", "pctEarnedInDemand", "pctInDemandNotEarned",
                        "dataCollectionScore", "credentialsEarned", "methodologyVersion", "parametersHash"),
                        all.stream().map(s -> Arrays.asList(s.state(), s.schoolYear(), s.status(), s.noDataReason(),
                                s.alignmentScore(), s.alignmentCategory(), s.mapCategory(), s.rank(), s.pctEarnedInDemand(),
                                s.pctInDemandNotEarned(), s.dataCollectionScore(), s.credentialsEarned(),
                                s.methodologyVersion(), s.parametersHash())));
            }
            return responses.page(uri, queries.states(year, alignment, map, paging).page());
        });
    }

    @GET
    @Path("/states/{state}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStateAlignment", summary = "A state's summary with inputs, nation's values and rank",
            description = "School year defaults to the state's latest year with attainment data. A state-year "
                    + "without data is NO_DATA (reason NO_ATTAINMENT or NO_DEMAND) and unranked.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = StateSummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed schoolYear",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = UNKNOWN_STATE)))
    public Response state(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear, @Context Request request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        UsStates.require(state);
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        return responses.cached(request, uri, headers, () -> responses.json(queries.state(state, year)));
    }

    @GET
    @Path("/states/{state}/credentials")
    @Operation(operationId = "listStateCredentials", summary = "Per credential: earned, demanded, ratio, category, "
            + "flags", description = "Every credential with E > 0 or D > 0 (credentials not yet in the catalog are "
                    + "listed with the flag notInCatalog and count nowhere), most earned first. School year defaults "
                    + "to the state's latest year with data; a state without data returns an empty page.")
    @APIResponse(responseCode = "200", description = "One page of credentials",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CredentialAlignmentPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear, category or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = UNKNOWN_STATE)))
    public Response stateCredentials(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("category") @Parameter(description = "supply/demand category") String category,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return credentialList(state, schoolYear, category, false, page, size, request, uri, headers);
    }

    @GET
    @Path("/states/{state}/dead-ends")
    @Operation(operationId = "listStateDeadEnds", summary = "Credentials earned that lead nowhere, with the test "
            + "each failed", description = "Dead end: not INSUFFICIENT_DATA, earned, and either not in demand "
                    + "(DEMAND) or its best linked occupation wage is below wageFloorRatio × the state median wage "
                    + "(WAGE). incentiveDollars = earned × incentive amount when on the approved list.")
    @APIResponse(responseCode = "200", description = "One page of dead ends",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CredentialAlignmentPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear, category or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = UNKNOWN_STATE)))
    public Response deadEnds(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("category") String category, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @Context Request request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return credentialList(state, schoolYear, category, true, page, size, request, uri, headers);
    }

    private static final List<String> CREDENTIAL_CSV = List.of("state", "schoolYear", "credentialId",
            "credentialName", "type", "earned", "earnedSecondary", "earnedPostsecondary", "earnedCounted", "demanded",
            "demandBasis", "ratio", "category", "inDemand", "flags", "deadEnd", "deadEndTests", "bestOccupationWage",
            "wageFloor", "onApprovedList", "incentiveAmount", "incentiveDollars", "methodologyVersion",
            "parametersHash");

    private static List<?> credentialRow(CredentialAlignmentResponse c) {
        return Arrays.asList(c.state(), c.schoolYear(), c.credentialId(), c.credentialName(), c.type(), c.earned(),
                c.earnedSecondary(), c.earnedPostsecondary(), c.earnedCounted(), c.demanded(), c.demandBasis(),
                c.ratio(), c.category(), c.inDemand(), c.flags(), c.deadEnd(), c.deadEndTests(),
                c.bestOccupationWage(), c.wageFloor(), c.onApprovedList(), c.incentiveAmount(), c.incentiveDollars(),
                c.methodologyVersion(), c.parametersHash());
    }

    private Response credentialList(String state, String schoolYear, String category, boolean deadEnds, Integer page,
            Integer size, Request request, UriInfo uri, HttpHeaders headers) {
        UsStates.require(state);
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        String filter = enumParameter("category", category, SupplyDemandCategory.values());
        PageRequest paging = PageRequest.of(page, size);
        return itemsOrCsv(request, uri, headers, p -> queries.stateCredentials(state, year, filter, deadEnds, p),
                paging, CredentialAlignmentResponse.class, CREDENTIAL_CSV, AlignmentResource::credentialRow);
    }

    @GET
    @Path("/credentials/{id}/states")
    @Operation(operationId = "listCredentialStates", summary = "One credential across states",
            description = "School year defaults to the latest school year in which any state has data.")
    @APIResponse(responseCode = "200", description = "One page of states",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CredentialAlignmentPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear, category or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "Unknown credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response credentialStates(@PathParam("id") @Parameter(example = "comptia-a-plus") String id,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("category") String category, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @Context Request request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        String filter = enumParameter("category", category, SupplyDemandCategory.values());
        PageRequest paging = PageRequest.of(page, size);
        queries.requireKnownCredential(id);
        return itemsOrCsv(request, uri, headers, p -> queries.credentialStates(id, year, filter, p), paging,
                CredentialAlignmentResponse.class, CREDENTIAL_CSV, AlignmentResource::credentialRow);
    }

    // ---- nation ---------------------------------------------------------------------------------------------------

    @GET
    @Path("/nation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getNation", summary = "National figures",
            description = "Over the states scored in the school year (default: the latest with any data); in-demand "
                    + "is judged state by state. No data-collection score, alignment score or category.")
    @APIResponse(responseCode = "200", description = "The nation",
            content = @Content(schema = @Schema(implementation = NationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed schoolYear",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    public Response nation(@QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        return responses.cached(request, uri, headers, () -> responses.json(queries.nation(year)));
    }

    @GET
    @Path("/nation/credentials")
    @Operation(operationId = "listNationCredentials", summary = "Per credential, summed over the scored states",
            description = "Category from the summed E and D; statesInDemand counts states where it is in demand.")
    @APIResponse(responseCode = "200", description = "One page of credentials",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.NationCredentialPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear, category or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    public Response nationCredentials(@QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("category") String category, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @Context Request request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        String filter = enumParameter("category", category, SupplyDemandCategory.values());
        return itemsOrCsv(request, uri, headers, p -> queries.nationCredentials(year, filter, p),
                PageRequest.of(page, size), NationCredentialResponse.class,
                List.of("schoolYear", "credentialId", "credentialName", "type", "earnedCounted", "demanded", "ratio",
                        "category", "statesInDemand", "methodologyVersion", "parametersHash"),
                c -> Arrays.asList(c.schoolYear(), c.credentialId(), c.credentialName(), c.type(), c.earnedCounted(),
                        c.demanded(), c.ratio(), c.category(), c.statesInDemand(), c.methodologyVersion(),
                        c.parametersHash()));
    }

    // ---- clusters, revalidation, trend -----------------------------------------------------------------------------

    @GET
    @Path("/states/{state}/clusters")
    @Operation(operationId = "listStateClusters", summary = "Per Career Cluster (totals overlap)",
            description = "Earned, earned in demand and postings per cluster, with the cluster's occupations "
                    + "(median wage, employment, growth). A credential counts in each of its clusters.")
    @APIResponse(responseCode = "200", description = "One page of clusters",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.ClusterPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = UNKNOWN_STATE)))
    public Response clusters(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        UsStates.require(state);
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        return itemsOrCsv(request, uri, headers, p -> queries.clusters(state, year, p), PageRequest.of(page, size),
                ClusterResponse.class, List.of("state", "schoolYear", "cluster", "credentials", "earned",
                        "earnedInDemand", "postings", "countsOverlap", "occupations", "methodologyVersion",
                        "parametersHash"),
                c -> Arrays.asList(c.state(), c.schoolYear(), c.cluster(), c.credentials(), c.earned(),
                        c.earnedInDemand(), c.postings(), c.countsOverlap(),
                        c.occupations().stream().map(ClusterResponse.OccupationItem::soc).toList(),
                        c.methodologyVersion(), c.parametersHash()));
    }

    @GET
    @Path("/states/{state}/revalidation")
    @Operation(operationId = "listStateRevalidation", summary = "Suggested decisions on the state's approved list",
            description = "REVIEW an approved credential that is a dead end or VERY_OVERSUPPLIED; CONSIDER_ADDING an "
                    + "in-demand, secondary-appropriate credential not on the list (as of 30 June of the year).")
    @APIResponse(responseCode = "200", description = "One page of flags",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.RevalidationPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear, action or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed schoolYear", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = UNKNOWN_STATE)))
    public Response revalidation(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(example = "2023-24") String schoolYear,
            @QueryParam("action") @Parameter(description = "REVIEW or CONSIDER_ADDING") String action,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        UsStates.require(state);
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        if (action != null && !List.of(RevalidationFlag.REVIEW, RevalidationFlag.CONSIDER_ADDING).contains(action)) {
            throw ProblemException.badRequest("action is not recognised", List.of(FieldError.field("action",
                    "must be REVIEW or CONSIDER_ADDING, got '" + action + "'")));
        }
        return itemsOrCsv(request, uri, headers, p -> queries.revalidation(state, year, action, p),
                PageRequest.of(page, size), RevalidationResponse.class,
                List.of("state", "schoolYear", "credentialId", "credentialName", "action", "reasons", "earnedCounted",
                        "demanded", "category", "inDemand", "approvalStatus", "approvedOn", "reviewDue",
                        "incentiveAmount", "incentiveDollars", "methodologyVersion", "parametersHash"),
                r -> Arrays.asList(r.state(), r.schoolYear(), r.credentialId(), r.credentialName(), r.action(),
                        r.reasons(), r.earnedCounted(), r.demanded(), r.category(), r.inDemand(), r.approvalStatus(),
                        r.approvedOn(), r.reviewDue(), r.incentiveAmount(), r.incentiveDollars(),
                        r.methodologyVersion(), r.parametersHash()));
    }

    @GET
    @Path("/states/{state}/trend")
    @Operation(operationId = "listStateTrend", summary = "A state's metrics by school year, oldest first")
    @APIResponse(responseCode = "200", description = "One page of school years",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.TrendPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "Malformed paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = UNKNOWN_STATE)))
    public Response trend(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        UsStates.require(state);
        PageRequest paging = PageRequest.of(page, size);
        return responses.cached(request, uri, headers, () -> {
            if (CachedResponses.wantsCsv(headers)) {
                PageResponse<TrendPointResponse> all = queries.trend(state, new PageRequest(0, CSV_ALL));
                return responses.csv(List.of("state", "schoolYear", "status", "alignmentScore",
                        "alignmentCategory", "mapCategory", "rank", "pctEarnedInDemand", "pctInDemandNotEarned",
                        "dataCollectionScore", "credentialsEarned", "methodologyVersion", "parametersHash"),
                        all.items().stream().map(t -> Arrays.asList(t.state(), t.schoolYear(), t.status(),
                                t.alignmentScore(), t.alignmentCategory(), t.mapCategory(), t.rank(),
                                t.pctEarnedInDemand(), t.pctInDemandNotEarned(), t.dataCollectionScore(),
                                t.credentialsEarned(), t.methodologyVersion(), t.parametersHash())));
            }
            return responses.page(uri, queries.trend(state, paging));
        });
    }
}
