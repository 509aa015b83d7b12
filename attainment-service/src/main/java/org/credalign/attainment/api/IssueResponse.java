package org.credalign.attainment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionIssue", description = "An error (row rejected) or warning (row kept) of a report")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueResponse(@Schema(enumeration = {"ERROR", "WARNING"}) String severity, Long row, String field,
        String message) {
}
