package org.credalign.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credalign.catalog.service.CredentialService;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(operationId = "listCareerClusters", summary = "The 16 Career Clusters credentials are grouped by")
    public List<CareerClusterResponse> list() {
        return service.careerClusters().stream().map(CredentialMapper::toResponse).toList();
    }
}
