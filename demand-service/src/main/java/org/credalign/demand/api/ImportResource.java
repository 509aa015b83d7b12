package org.credalign.demand.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.credalign.demand.config.DemandConfig;
import org.credalign.demand.domain.ImportKind;
import org.credalign.demand.service.ImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/demand/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    private final ImportService service;
    private final Caller caller;
    private final DemandConfig config;
    private final ObjectMapper objectMapper;

    public ImportResource(ImportService service, Caller caller, DemandConfig config, ObjectMapper objectMapper) {
        this.service = service;
        this.caller = caller;
        this.config = config;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.DEMAND_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importDemand", summary = "Import a labor-market vendor file",
            description = "The kind of file is the `kind` query parameter: `credential-postings` (state, year, "
                    + "credentialId or codeSystem+code, postings), `occupation-postings` (state, year, soc, postings), "
                    + "`occupations` (soc, title, medianAnnualWage, employment, projectedGrowthPct, clusters; CSV "
                    + "clusters separated by '|') or `state-wages` (state, year, medianAnnualWage). CSV (header line "
                    + "1, errors by physical line) or a JSON array (errors by 1-based element). Atomic: every row "
                    + "valid and the import replaces each (kind, state, year) it contains (occupations: each SOC) "
                    + "(201), or nothing is applied and every bad row and field is listed (422). Content identical "
                    + "to a still-current import returns that import and its report unchanged (200).")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = {
                    @ExampleObject(name = "credential postings", value = ApiExamples.CREDENTIAL_POSTINGS_CSV),
                    @ExampleObject(name = "occupation postings", value = ApiExamples.OCCUPATION_POSTINGS_CSV),
                    @ExampleObject(name = "occupations", value = ApiExamples.OCCUPATIONS_CSV)}),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "credential postings", value = ApiExamples.CREDENTIAL_POSTINGS_JSON),
                    @ExampleObject(name = "state wages", value = ApiExamples.STATE_WAGES_JSON)})})
    @APIResponse(responseCode = "201", description = "Accepted; replaced the scopes it contains",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "200", description = "Identical to a still-current import, returned unchanged",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "kind missing or unknown, or the body cannot be parsed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unclosed quote", value = ApiExamples.IMPORT_UNPARSEABLE)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a demand-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than demand.import.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = ApiExamples.IMPORT_TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Neither text/csv nor application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows; each is listed with row and field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid rows", value = ApiExamples.IMPORT_INVALID_ROWS)))
    public Response importFile(
            @QueryParam("kind") @Parameter(required = true, description = "credential-postings, "
                    + "occupation-postings, occupations or state-wages", example = "credential-postings") String kind,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            // Read to answer 413 before streaming; HTTP clients set it themselves, so it is not an API parameter.
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) Long contentLength, InputStream body, @Context UriInfo uri) {
        ImportKind importKind = parseKind(kind);
        long maxBytes = config.importSettings().maxBytes();
        if (contentLength != null && contentLength > maxBytes) {
            throw ImportBody.tooLarge(maxBytes);
        }
        byte[] bytes = ImportBody.read(body, maxBytes);
        boolean isCsv = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf("text/csv"));
        ImportBody.Parsed parsed = isCsv ? ImportBody.csv(bytes) : ImportBody.json(bytes, objectMapper);
        ImportService.Outcome outcome = service.importRows(importKind, parsed.csvHeader(), parsed.rows(),
                caller.name());
        ImportResponse response = toResponse(outcome);
        if (!outcome.created()) {
            return Response.ok(response).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/demand/imports")
                .path(response.id().toString()).build()).entity(response).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.DEMAND_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getDemandImport", summary = "An accepted import with its report",
            description = "Readable by demand-admins.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a demand-admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResponse get(@PathParam("id") UUID id) {
        return toResponse(service.get(id));
    }

    private static ImportKind parseKind(String kind) {
        if (kind == null) {
            throw ProblemException.badRequest("kind is required", List.of(FieldError.field("kind",
                    "is required: one of " + ImportKind.slugs())));
        }
        return ImportKind.ofSlug(kind).orElseThrow(() -> ProblemException.badRequest("unknown import kind '" + kind
                + "'", List.of(FieldError.field("kind", "must be one of " + ImportKind.slugs() + ", got '" + kind
                + "'"))));
    }

    private static ImportResponse toResponse(ImportService.Outcome outcome) {
        var i = outcome.importRecord();
        return new ImportResponse(i.id, i.kind, "ACCEPTED", i.rowsReceived, i.rowsAccepted,
                outcome.scopes().stream().map(s -> new ImportResponse.Scope(s.state(), s.year(), s.rows(),
                        s.keysRemoved())).toList(),
                i.changedRows, i.demandChanges, outcome.warnings(), i.importedBy, i.importedAt);
    }
}
