package org.credalign.alignment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.credalign.alignment.service.RebuildService;
import org.credalign.alignment.service.ScoringService;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the read model and the results (catalog-admin only). */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.CATALOG_ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminResource {

    private final RebuildService rebuild;
    private final ScoringService scoring;

    public AdminResource(RebuildService rebuild, ScoringService scoring) {
        this.rebuild = rebuild;
        this.scoring = scoring;
    }

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild the read model from offset 0 and rescore",
            description = "Empties the read model and every result, replays every consumed topic from the beginning "
                    + "to its current end, and rescores; answers when done. Results equal those before the rebuild.")
    @APIResponse(responseCode = "200", description = "What the rebuild did",
            content = @Content(schema = @Schema(implementation = RebuildService.RebuildReport.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildService.RebuildReport rebuild() {
        return rebuild.rebuild();
    }

    @POST
    @Path("/rescore")
    @Operation(operationId = "rescoreAll", summary = "Rescore every state-year now (the full national rescore)",
            description = "Answers with how many state-years and credential results were computed and the time taken.")
    @APIResponse(responseCode = "200", description = "What the rescore did",
            content = @Content(schema = @Schema(implementation = ScoringService.ScoringRun.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token lacks the catalog-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScoringService.ScoringRun rescore() {
        return scoring.rescoreAll();
    }
}
