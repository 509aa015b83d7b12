package org.credalign.alignment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trivial endpoint: the baseline the read benchmark compares the real reads with. */
@Path("/api/v1/ping")
@Tag(name = "Operations")
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "ping", summary = "Answers 'pong' (benchmark baseline)")
    @APIResponse(responseCode = "200", description = "pong")
    public String ping() {
        return "pong";
    }
}
