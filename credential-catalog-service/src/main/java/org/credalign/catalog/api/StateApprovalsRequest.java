package org.credalign.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StateApprovalsRequest", description = "A state's whole approved list; it replaces the current one")
public record StateApprovalsRequest(@Schema(required = true) List<ApprovalEntryJson> entries) {
}
