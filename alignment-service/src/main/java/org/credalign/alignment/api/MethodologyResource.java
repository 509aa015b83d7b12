package org.credalign.alignment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.credalign.alignment.config.Methodology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/methodology")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Methodology")
public class MethodologyResource {

    private final Methodology methodology;
    private final CachedResponses responses;

    public MethodologyResource(Methodology methodology, CachedResponses responses) {
        this.methodology = methodology;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "getMethodology", summary = "Methodology version, every parameter and their hash",
            description = "Every result names methodologyVersion and parametersHash; two deployments with different "
                    + "parameters have different hashes.")
    @APIResponse(responseCode = "200", description = "The methodology",
            content = @Content(schema = @Schema(implementation = MethodologyResponse.class)))
    public Response get(@Context Request request, @Context jakarta.ws.rs.core.UriInfo uri,
            @Context jakarta.ws.rs.core.HttpHeaders headers) {
        return responses.cached(request, uri, headers, () -> responses.json(new MethodologyResponse(methodology.version(),
                methodology.parameters().asMap(), methodology.hash(),
                "https://credalign.example/methodology/" + methodology.version())));
    }
}
