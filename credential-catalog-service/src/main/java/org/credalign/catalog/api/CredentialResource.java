package org.credalign.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.credalign.catalog.domain.Credential;
import org.credalign.catalog.service.CredentialService;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
public class CredentialResource {

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
            description = "Stores the credential and publishes CredentialChanged on catalog.credentials.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CredentialRequest.class),
            examples = @ExampleObject(name = "CompTIA A+", value = ApiExamples.COMPTIA_A_PLUS)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class)))
    @APIResponse(responseCode = "400", description = "Body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A credential with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields break the catalog rules; each is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_CREDENTIAL)))
    public Response create(CredentialRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (request == null) {
            throw org.credalign.commons.problem.ProblemException.badRequest("a JSON credential body is required",
                    java.util.List.of());
        }
        boolean secondary = request.secondaryAppropriate() == null || request.secondaryAppropriate();
        Credential created = service.create(CredentialMapper.toDraft(request), secondary, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id).build())
                .tag(new EntityTag(Long.toString(created.version)))
                .entity(CredentialMapper.toResponse(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCredential", summary = "Get one credential (retired ones too)")
    @APIResponse(responseCode = "200", description = "The credential",
            content = @Content(schema = @Schema(implementation = CredentialResponse.class)))
    @APIResponse(responseCode = "404", description = "No such credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        Credential credential = service.get(id);
        return Response.ok(CredentialMapper.toResponse(credential))
                .tag(new EntityTag(Long.toString(credential.version))).build();
    }

    @GET
    @Operation(operationId = "listCredentials", summary = "List the catalog, by name, one page at a time")
    @APIResponse(responseCode = "200", description = "One page of credentials")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CredentialResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(PageRequest.of(page, size)).map(CredentialMapper::toResponse);
    }
}
