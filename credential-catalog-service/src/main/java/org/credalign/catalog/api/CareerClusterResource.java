package org.credalign.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credalign.catalog.service.CredentialService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/career-clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Career Clusters")
public class CareerClusterResource {

    private final CredentialService service;

    public CareerClusterResource(CredentialService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCareerClusters", summary = "The 16 Career Clusters credentials are grouped by",
            description = "The clusters of the framework in use (NCCF-2008), by code. Frameworks are data, so a "
                    + "second one (the 2024 Modernized Career Clusters) can be added without code.")
    @APIResponse(responseCode = "200", description = "Every cluster of the current framework",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CareerClusterResponse.class),
                    examples = @ExampleObject(name = "clusters", value = ApiExamples.CAREER_CLUSTERS)))
    public List<CareerClusterResponse> list() {
        return service.careerClusters().stream().map(CredentialMapper::toResponse).toList();
    }
}
