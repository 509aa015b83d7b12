package org.credalign.attainment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credalign.attainment.domain.Level;
import org.credalign.attainment.domain.Subgroups;
import org.credalign.attainment.service.SubmissionService;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public help for states building a file, and who has submitted a year. */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionsOverviewResource {

    private final SubmissionService service;

    public SubmissionsOverviewResource(SubmissionService service) {
        this.service = service;
    }

    @Schema(name = "SubmissionTemplate", description = "CSV headers of both row kinds and a JSON Schema of a row")
    public record Template(String aggregateCsvHeader, String studentCsvHeader, List<String> subgroups,
            List<String> levels, Map<String, Object> rowSchema) {
    }

    @GET
    @Path("/template")
    @Operation(operationId = "getSubmissionTemplate", summary = "How to build a submission file",
            description = "The CSV header of aggregate and of student-level files, and a JSON Schema of one row "
                    + "(JSON arrays and NDJSON use the same field names). Public.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(schema = @Schema(implementation = Template.class)))
    public Template template() {
        return new Template(String.join(",", "credentialId", "level", "subgroup", "earned"),
                String.join(",", "studentKey", "credentialId", "level", "outcome", "sex", "race",
                        "economicallyDisadvantaged", "disability", "englishLearner"),
                Subgroups.ORDERED, List.of(Level.SECONDARY.name(), Level.POSTSECONDARY.name()), rowSchema());
    }

    private static Map<String, Object> rowSchema() {
        Map<String, Object> credential = Map.of("type", "string", "description",
                "catalog id; or give codeSystem + code instead");
        Map<String, Object> level = Map.of("enum", List.of("SECONDARY", "POSTSECONDARY"));
        Map<String, Object> optionalCommon = Map.of(
                "state", Map.of("type", "string", "description", "optional; must equal the path's state"),
                "schoolYear", Map.of("type", "string", "description", "optional; must equal the query's year"),
                "codeSystem", Map.of("type", "string"), "code", Map.of("type", "string"));
        Map<String, Object> aggregateProps = new LinkedHashMap<>();
        aggregateProps.put("credentialId", credential);
        aggregateProps.put("level", level);
        aggregateProps.put("subgroup", Map.of("enum", Subgroups.ORDERED));
        aggregateProps.put("earned", Map.of("type", "integer", "minimum", 0));
        aggregateProps.putAll(optionalCommon);
        Map<String, Object> studentProps = new LinkedHashMap<>();
        studentProps.put("studentKey", Map.of("type", "string", "maxLength", 128,
                "description", "the state's hashed student id (never a raw id)"));
        studentProps.put("credentialId", credential);
        studentProps.put("level", level);
        studentProps.put("outcome", Map.of("enum", List.of("EARNED", "NOT_EARNED"), "default", "EARNED"));
        studentProps.put("sex", Map.of("enum", List.of("F", "M", "X")));
        studentProps.put("race", Map.of("enum", List.of("AMERICAN_INDIAN", "ASIAN", "BLACK", "HISPANIC",
                "PACIFIC_ISLANDER", "TWO_OR_MORE", "WHITE")));
        studentProps.put("economicallyDisadvantaged", Map.of("type", "boolean"));
        studentProps.put("disability", Map.of("type", "boolean"));
        studentProps.put("englishLearner", Map.of("type", "boolean"));
        studentProps.putAll(optionalCommon);
        return Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "title", "Submission row",
                "oneOf", List.of(
                        Map.of("title", "aggregate row", "type", "object", "additionalProperties", false,
                                "required", List.of("level", "subgroup", "earned"), "properties", aggregateProps),
                        Map.of("title", "student-level row", "type", "object", "additionalProperties", false,
                                "required", List.of("studentKey", "level"), "properties", studentProps)));
    }

    @GET
    @Path("/status")
    @Operation(operationId = "getSubmissionStatus", summary = "Which states have submitted a school year",
            description = "Public: per state, its latest submission's date and status (dry runs excluded).")
    @APIResponse(responseCode = "200", description = "States that submitted, by code")
    @APIResponse(responseCode = "400", description = "schoolYear missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SubmissionStatusResponse> status(
            @QueryParam("schoolYear") @Parameter(description = "e.g. 2023-24", required = true) String schoolYear) {
        return service.latestPerState(SchoolYear.requiredFromQuery(schoolYear)).stream()
                .map(s -> new SubmissionStatusResponse(s.state, s.submittedAt, s.status.name())).toList();
    }
}
