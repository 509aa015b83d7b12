package org.credalign.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.domain.CredentialQuery;
import org.credalign.catalog.domain.CredentialRules;
import org.credalign.catalog.domain.CredentialStatus;
import org.credalign.catalog.domain.CredentialType;
import org.credalign.catalog.service.CredentialService;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
public class CredentialResource {

    private static final Pattern CLUSTER_CODE = Pattern.compile("[A-Z0-9]{1,10}");

    private final CredentialService service;
    private final Caller caller;

    public CredentialResource(CredentialService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createCredential", summary = "Add a credential to the catalog",
            description = "Stores the credential and publishes CredentialChanged on catalog.credentials.v1. "
                    + "Each external code must not name another credential in its system.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CredentialRequest.class),
            examples = @ExampleObject(name = "CompTIA A+", value = ApiExamples.COMPTIA_A_PLUS)))
    @APIResponse(responseCode = "201", description = "Created; ETag = version",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class),
                    examples = @ExampleObject(name = "created", value = ApiExamples.COMPTIA_A_PLUS_STORED)))
    @APIResponse(responseCode = "400", description = "Body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = ApiExamples.NOT_JSON)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A credential with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields break the catalog rules; each is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid", value = ApiExamples.INVALID_CREDENTIAL),
                            @ExampleObject(name = "code taken", value = ApiExamples.CODE_TAKEN)}))
    public Response create(CredentialRequest request, @Context UriInfo uri) {
        Credential created = service.create(CredentialMapper.toDraft(require(request)), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id).build())
                .tag(etag(created)).entity(CredentialMapper.toResponse(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceCredential", summary = "Replace a credential (optimistic locking)",
            description = "Replaces every field with the body (absent lists become empty; an absent status keeps the "
                    + "current one). If-Match must carry the ETag of the version read: 428 without it, 412 when "
                    + "someone changed the credential since. The same content again changes nothing (no new "
                    + "version, no event). A change publishes CredentialChanged.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
            description = "ETag of the version read (\"3\"), or * to replace whatever is there")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CredentialRequest.class),
            examples = @ExampleObject(name = "CompTIA A+ with codes", value = ApiExamples.COMPTIA_A_PLUS_WITH_CODES)))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); ETag = version",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class),
                    examples = @ExampleObject(name = "replaced", value = ApiExamples.COMPTIA_A_PLUS_STORED)))
    @APIResponse(responseCode = "400", description = "Body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = ApiExamples.NOT_JSON)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such credential (create it with POST)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.STALE)))
    @APIResponse(responseCode = "422", description = "Fields break the catalog rules; each is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_CREDENTIAL)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CredentialRequest request) {
        var expected = IfMatch.required(ifMatch);
        Credential replaced = service.replace(id, CredentialMapper.toDraft(require(request)), expected,
                caller.name());
        return Response.ok(CredentialMapper.toResponse(replaced)).tag(etag(replaced)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireCredential", summary = "Retire a credential",
            description = "Soft delete: status RETIRED, version + 1, CredentialChanged published. The credential "
                    + "stays readable and resolvable by its codes. Retiring a retired credential changes nothing. "
                    + "If-Match is optional; when sent it must match (412 otherwise).")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "ETag of the version read, optional")
    @APIResponse(responseCode = "200", description = "The retired credential; ETag = version",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.STALE)))
    public Response retire(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Credential retired = service.retire(id, IfMatch.optional(ifMatch), caller.name());
        return Response.ok(CredentialMapper.toResponse(retired)).tag(etag(retired)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCredential", summary = "Get one credential (retired ones too)",
            description = "The ETag header is the version; send it back in If-Match to replace the credential.")
    @APIResponse(responseCode = "200", description = "The credential",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class),
                    examples = @ExampleObject(name = "CompTIA A+", value = ApiExamples.COMPTIA_A_PLUS_STORED)))
    @APIResponse(responseCode = "404", description = "No such credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public Response get(@PathParam("id") String id) {
        Credential credential = service.get(id);
        return Response.ok(CredentialMapper.toResponse(credential)).tag(etag(credential)).build();
    }

    @GET
    @Path("/resolve")
    @Operation(operationId = "resolveCredential", summary = "Find the credential a system's code names (crosswalk)",
            description = "State data systems send their own codes; this answers which catalog credential a code "
                    + "of a system is. Retired credentials resolve too (check status).")
    @APIResponse(responseCode = "200", description = "The credential",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class),
                    examples = @ExampleObject(name = "CompTIA A+", value = ApiExamples.COMPTIA_A_PLUS_STORED)))
    @APIResponse(responseCode = "400", description = "system or code missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No credential has this code in this system",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(
            @Parameter(description = "Code system", example = "NJ", required = true) @QueryParam("system") String system,
            @Parameter(description = "The system's code", example = "NJ-IT-0042", required = true)
            @QueryParam("code") String code) {
        Credential credential = service.resolve(system, code);
        return Response.ok(CredentialMapper.toResponse(credential)).tag(etag(credential)).build();
    }

    @GET
    @Operation(operationId = "searchCredentials", summary = "Search the catalog",
            description = "Free text over name, issuer, id and external codes, best match first and tolerant of "
                    + "small typos (\"comptia a+\", \"comptai a+\"); without q, by name. Filters combine with AND. "
                    + "Send Accept: text/csv for the whole filtered result as CSV with every external code (the "
                    + "code list state data systems use; the import reads the same columns).")
    @APIResponse(responseCode = "200", description = "One page of credentials with totals",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CredentialPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.SEARCH_PAGE)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiExamples.SEARCH_CSV))})
    @APIResponse(responseCode = "400", description = "A filter or paging parameter cannot be read; each is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad filters", value = ApiExamples.BAD_FILTERS)))
    public PageResponse<CredentialResponse> search(
            @Parameter(description = "Free text", example = "comptia a+") @QueryParam("q") String q,
            @Parameter(description = "Credential type", example = "CERTIFICATION") @QueryParam("type") String type,
            @Parameter(description = "Career Cluster code", example = "IT") @QueryParam("cluster") String cluster,
            @Parameter(description = "Linked SOC occupation", example = "15-1232") @QueryParam("soc") String soc,
            @Parameter(description = "Only credentials the state's current list marks APPROVED", example = "NJ")
            @QueryParam("approvedIn") String approvedIn,
            @Parameter(description = "ACTIVE or RETIRED; default both") @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        CredentialQuery query = query(q, type, cluster, soc, approvedIn, status);
        return service.search(query, PageRequest.of(page, size)).map(CredentialMapper::toResponse);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true) // documented with searchCredentials (same path, Accept: text/csv)
    public Response searchCsv(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("cluster") String cluster, @QueryParam("soc") String soc,
            @QueryParam("approvedIn") String approvedIn, @QueryParam("status") String status) {
        List<Credential> all = service.searchAll(query(q, type, cluster, soc, approvedIn, status));
        return Response.ok(Csv.stream(CredentialMapper.CSV_HEADER, all.stream().map(CredentialMapper::toCsvRow)))
                .type(Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"credentials.csv\"").build();
    }

    /** Reads the filters; every one that cannot be read is listed in one 400. */
    private static CredentialQuery query(String q, String type, String cluster, String soc, String approvedIn,
            String status) {
        List<FieldError> errors = new ArrayList<>();
        CredentialType parsedType = null;
        if (type != null && !type.isBlank()) {
            try {
                parsedType = CredentialType.valueOf(type);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("type", "must be one of " + List.of(CredentialType.values())
                        + ", got '" + type + "'"));
            }
        }
        CredentialStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = CredentialStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("status", "must be ACTIVE or RETIRED, got '" + status + "'"));
            }
        }
        if (cluster != null && !cluster.isBlank() && !CLUSTER_CODE.matcher(cluster).matches()) {
            errors.add(FieldError.field("cluster", "must be a Career Cluster code such as IT, got '" + cluster + "'"));
        }
        if (soc != null && !soc.isBlank() && !CredentialRules.SOC.matcher(soc).matches()) {
            errors.add(FieldError.field("soc", "must be a SOC code of the form NN-NNNN, got '" + soc + "'"));
        }
        if (approvedIn != null && !approvedIn.isBlank() && !UsStates.isKnown(approvedIn)) {
            errors.add(FieldError.field("approvedIn", "must be a USPS code of a state or DC, got '" + approvedIn
                    + "'"));
        }
        if (q != null && q.length() > CredentialRules.MAX_TEXT) {
            errors.add(FieldError.field("q", "must be at most " + CredentialRules.MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid search parameters", errors);
        }
        return new CredentialQuery(q, parsedType, blankToNull(cluster), blankToNull(soc), blankToNull(approvedIn),
                parsedStatus);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static CredentialRequest require(CredentialRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON credential body is required", List.of());
        }
        return request;
    }

    private static EntityTag etag(Credential credential) {
        return new EntityTag(Long.toString(credential.version));
    }
}
