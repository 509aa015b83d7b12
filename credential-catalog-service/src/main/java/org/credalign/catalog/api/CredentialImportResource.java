package org.credalign.catalog.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.credalign.catalog.domain.CredentialImport;
import org.credalign.catalog.service.CredentialImportService;
import org.credalign.commons.api.Csv;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/credentials/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
@RolesAllowed(Roles.CATALOG_ADMIN)
@SecurityRequirement(name = "bearer")
public class CredentialImportResource {

    private final CredentialImportService service;
    private final Caller caller;
    private final ObjectMapper objectMapper;

    public CredentialImportResource(CredentialImportService service, Caller caller, ObjectMapper objectMapper) {
        this.service = service;
        this.caller = caller;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "importCredentials", summary = "Create or replace many credentials at once",
            description = "A JSON array of credentials (as for POST) or CSV with the columns of the CSV export "
                    + "(lists joined by '|', codes as SYSTEM:code; version, changedBy, changedAt are ignored). "
                    + "Each credential is created or replaced as a whole (an absent status keeps the current one). "
                    + "The file is validated as a whole: every error by row (CSV line with the header as line 1, or "
                    + "1-based array index) and field; nothing is applied unless everything is valid. Applied in one "
                    + "transaction with one CredentialChanged per created or changed credential. The same content "
                    + "again (in any order, JSON or CSV) is one import: 200 with the first import's report.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CredentialRequest.class),
                    examples = @ExampleObject(name = "JSON array", value = ApiExamples.IMPORT_JSON)),
            @Content(mediaType = Csv.MEDIA_TYPE,
                    examples = @ExampleObject(name = "CSV", value = ApiExamples.IMPORT_CSV))})
    @APIResponse(responseCode = "201", description = "Applied; the report",
            content = @Content(schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = ApiExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "200", description = "This content was imported before: that import's report",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Body is not JSON / CSV at all",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = ApiExamples.NOT_JSON)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows break the rules; every error by row and field; "
            + "nothing applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid rows", value = ApiExamples.IMPORT_INVALID)))
    public Response importCredentials(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Context UriInfo uri) {
        if (contentType == null) {
            // JAX-RS routes a request without Content-Type here too; the format is not ours to guess (415 above).
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "Content-Type must be application/json or text/csv",
                    List.of(FieldError.field("Content-Type", "missing")));
        }
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("the import body is empty", List.of());
        }
        boolean csv = contentType != null && contentType.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE));
        ImportParser.Parsed parsed = csv ? ImportParser.csv(body) : ImportParser.json(body, objectMapper);
        CredentialImportService.Outcome outcome = service.importCredentials(parsed.rows(), parsed.errors(),
                parsed.rowsReceived(), caller.name());
        ImportReport report = toReport(outcome.report(), outcome.appliedNow());
        if (!outcome.appliedNow()) {
            return Response.ok(report).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(report.id().toString()).build())
                .entity(report).build();
    }

    @GET
    @Path("/{importId}")
    @Operation(operationId = "getCredentialImport", summary = "The report of an applied import",
            description = "What the import created, updated and left unchanged, who sent it and when.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = ApiExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "importId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport get(@PathParam("importId") String importId) {
        UUID id;
        try {
            id = UUID.fromString(importId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("not an import id",
                    List.of(FieldError.field("importId", "must be a UUID, got '" + importId + "'")));
        }
        return toReport(service.get(id), false);
    }

    private static ImportReport toReport(CredentialImport i, boolean appliedNow) {
        return new ImportReport(i.id, i.contentHash, i.rowsReceived, i.created, i.updated, i.unchanged, i.importedBy,
                i.importedAt, appliedNow);
    }
}
