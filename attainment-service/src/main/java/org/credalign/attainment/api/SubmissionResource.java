package org.credalign.attainment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.credalign.attainment.config.AttainmentConfig;
import org.credalign.attainment.domain.ContentHash;
import org.credalign.attainment.domain.RowFormat;
import org.credalign.attainment.domain.Submission;
import org.credalign.attainment.persistence.IssueRepository;
import org.credalign.attainment.service.BodySpool;
import org.credalign.attainment.service.ProgressTracker;
import org.credalign.attainment.service.SubmissionProcessor;
import org.credalign.attainment.service.SubmissionService;
import org.credalign.attainment.service.UploadLimiter;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.api.UsStates;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.Problem;
import org.credalign.commons.problem.ProblemException;
import org.credalign.commons.security.Caller;
import org.credalign.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/states/{state}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
@SecurityRequirement(name = "bearer")
public class SubmissionResource {

    private final SubmissionService service;
    private final SubmissionProcessor processor;
    private final BodySpool spool;
    private final ProgressTracker progress;
    private final AttainmentConfig config;
    private final UploadLimiter uploads;
    private final Caller caller;

    public SubmissionResource(SubmissionService service, SubmissionProcessor processor, BodySpool spool,
            ProgressTracker progress, AttainmentConfig config, UploadLimiter uploads, Caller caller) {
        this.service = service;
        this.processor = processor;
        this.spool = spool;
        this.progress = progress;
        this.config = config;
        this.uploads = uploads;
        this.caller = caller;
    }

    @POST
    @Consumes({RowFormat.JSON_TYPE, RowFormat.CSV_TYPE, RowFormat.NDJSON_TYPE})
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(operationId = "submitAttainment", summary = "Push a state's full picture of a school year",
            description = "Aggregate rows (credentialId or codeSystem+code, level, subgroup, earned; ALL required) or "
                    + "student-level rows (studentKey, credential, level, outcome, sex, race, "
                    + "economicallyDisadvantaged, disability, englishLearner), aggregated on receipt (a student counts "
                    + "once per credential and level; no student row is kept). The body is streamed. mode=atomic "
                    + "(default): any error and nothing is applied (422); mode=partial: valid rows apply, rejects "
                    + "are listed. dryRun=true validates and reports only. Bodies over the async threshold (1 MB by "
                    + "default) or sent with 'Prefer: respond-async' are answered 202 with a status URL. Content "
                    + "identical to the current accepted submission returns it unchanged (200). An Idempotency-Key "
                    + "replays the first answer; reused with a different request it is refused (422). Limits: the body "
                    + "size (413), the rows of one submission (attainment.submissions.max-rows; the submission is "
                    + "rejected, 422, naming the limit) and the uploads of one state in flight at once "
                    + "(attainment.submissions.max-concurrent-per-state, 2 by default; one more is answered 429 with "
                    + "Retry-After). A submission whose processing was cut short (status INTERRUPTED: nothing applied) frees its "
                    + "key: the retry with the same key is processed anew.")
    @RequestBody(content = {
            @Content(mediaType = RowFormat.JSON_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Map.class), examples = {
                    @ExampleObject(name = "aggregate rows", value = ApiExamples.AGGREGATE_ROWS),
                    @ExampleObject(name = "student rows", value = ApiExamples.STUDENT_ROWS_JSON)}),
            @Content(mediaType = RowFormat.CSV_TYPE, examples = {
                    @ExampleObject(name = "aggregate CSV", value = ApiExamples.AGGREGATE_CSV),
                    @ExampleObject(name = "student CSV", value = ApiExamples.STUDENT_CSV)}),
            @Content(mediaType = RowFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "student NDJSON", value = ApiExamples.STUDENT_NDJSON_DOCUMENTED))})
    @APIResponse(responseCode = "201", description = "Accepted; replaces the state-year",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "200", description = "Identical to the current submission (returned unchanged), "
            + "or a dry run's report", content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "202", description = "Large body: being processed; poll the Location URL",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", description = "Body cannot be parsed, or a parameter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the configured size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = ApiExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not JSON, CSV or NDJSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unavailable (Retry-After), or processing was "
            + "interrupted before the end (the submission is INTERRUPTED): nothing was applied, send it again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows (each listed with row and field; the submission "
            + "is stored as REJECTED with its full report), or an Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid rows", value = ApiExamples.INVALID_ROWS),
                            @ExampleObject(name = "key reused", value = ApiExamples.KEY_REUSED),
                            @ExampleObject(name = "too many rows", value = ApiExamples.TOO_MANY_ROWS)}))
    @APIResponse(responseCode = "429", description = "The state already has the maximum number of uploads in "
            + "flight (attainment.submissions.max-concurrent-per-state); retry after the Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "seconds to wait before retrying",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too many uploads", value = ApiExamples.TOO_MANY_UPLOADS)))
    public Response submit(@PathParam("state") @Parameter(example = "NJ") String state,
            @QueryParam("schoolYear") @Parameter(description = "e.g. 2023-24", required = true) String schoolYear,
            @QueryParam("mode") @DefaultValue("atomic") @Parameter(description = "atomic or partial") String mode,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Idempotency-Key") @Parameter(description = "replays the first answer") String key,
            @HeaderParam("Prefer") @Parameter(description = "respond-async: always answer 202") String prefer,
            // Read to answer 413 before streaming; HTTP clients set it themselves, so it is not an API parameter.
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) Long contentLength,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body, @Context UriInfo uri) throws IOException {
        caller.requireSubmitterFor(state);
        UsStates.require(state);
        SchoolYear year = SchoolYear.requiredFromQuery(schoolYear);
        Submission.Mode submissionMode = parseMode(mode);
        RowFormat format = RowFormat.ofContentType(contentType);
        if (format == null) {
            // Without a Content-Type JAX-RS still routes here; the rows' format cannot be guessed.
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "Content-Type must be application/json, text/csv or application/x-ndjson", List.of(
                            FieldError.field("Content-Type", "missing or not one of the accepted formats")));
        }
        if (contentLength != null && contentLength > spool.maxBytes()) {
            throw BodySpool.tooLarge(spool.maxBytes());
        }
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ProblemException.badRequest("Idempotency-Key is malformed",
                    List.of(FieldError.field("Idempotency-Key", "must be 1 to 200 characters")));
        }
        java.util.Optional<UploadLimiter.Permit> permit = uploads.tryAcquire(state);
        if (permit.isEmpty()) {
            return tooManyUploads(state, uri);
        }
        boolean permitHandedOver = false;
        try {
            BodySpool.Spooled spooled = spool.spool(body);
            boolean handedOver = false;
            try {
                String requestHash = fingerprint(spooled.sha256(), format, year, submissionMode, dryRun);
                SubmissionService.Started started = service.start(new SubmissionService.Request(state, year,
                        submissionMode, dryRun, format, spooled.bytes(), key, requestHash, caller.name()));
                if (started.isReplay()) {
                    return answer(started.submission(), started.replayOf(), null, uri);
                }
                Submission submission = started.submission();
                boolean async = spooled.bytes() > config.submissions().asyncThresholdBytes()
                        || (prefer != null && prefer.toLowerCase().contains("respond-async"));
                if (async) {
                    service.recordFirstAnswer(submission.id, 202);
                    handedOver = true;
                    processor.processLater(submission, format, spooled, permit.get()::close);
                    permitHandedOver = true;
                    return answer(submission, 202, null, uri);
                }
                handedOver = true;
                SubmissionProcessor.Result result = processor.process(submission, format, spooled);
                int status = statusOf(result);
                service.recordFirstAnswer(submission.id, status);
                return answer(result.submission(), status, result, uri);
            } finally {
                if (!handedOver) {
                    spooled.delete();
                }
            }
        } finally {
            if (!permitHandedOver) {
                permit.get().close();
            }
        }
    }

    /** 429: the state is at its limit of uploads in flight; other states are not affected. */
    private Response tooManyUploads(String state, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_BASE + "too-many-uploads", "Too many uploads in flight", 429,
                "state " + state + " already has " + uploads.maxPerState() + " upload(s) being received or "
                        + "processed (attainment.submissions.max-concurrent-per-state); retry after "
                        + UploadLimiter.RETRY_AFTER_SECONDS + " seconds",
                uri.getRequestUri().getRawPath(), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(UploadLimiter.RETRY_AFTER_SECONDS)).entity(problem).build();
    }

    private static int statusOf(SubmissionProcessor.Result result) {
        if (result.unreadable() != null && !result.unreadable().wellFormed()) {
            return 400;
        }
        return switch (result.submission().status) {
            case ACCEPTED -> 201;
            case REJECTED -> 422;
            case PROCESSING -> 202;
            // Declared interrupted while this request still processed it (its heartbeat stalled, e.g. the
            // database was away longer than stale-after): nothing applied, the client sends it again.
            case INTERRUPTED -> 503;
            default -> 200;
        };
    }

    /** The answer for a submission given its status code: the first answer again when a key is replayed. */
    private Response answer(Submission submission, int status, SubmissionProcessor.Result result, UriInfo uri) {
        String location = statusUrl(submission);
        if (status == 400 || status == 422) {
            SubmissionService.Report report = service.report(submission.state, submission.id, inlineLimit());
            String detail = submission.errorCount + " error(s) in " + submission.rowsReceived + " rows; nothing was "
                    + "applied (mode=" + submission.mode.name().toLowerCase() + "). Full report: " + location;
            if (status == 400) {
                String why = result != null && result.unreadable() != null ? result.unreadable().getMessage()
                        : "body cannot be parsed";
                throw ProblemException.badRequest(why + ". Report: " + location, report.errors());
            }
            if (result != null && result.unreadable() != null) {
                // e.g. the row limit: reading stopped there, so the reason leads (the inline list may be full)
                detail = result.unreadable().getMessage() + ". " + detail;
            }
            throw ProblemException.validation("Submission has invalid rows", detail, report.errors());
        }
        if (status == 503) {
            throw new ProblemException(503, "interrupted", "Submission interrupted",
                    "processing stopped before the end; nothing was applied; send the submission again. Report: "
                            + location, service.report(submission.state, submission.id, inlineLimit()).errors());
        }
        if (status == 200 && submission.status == Submission.Status.UNCHANGED) {
            return Response.ok(toResponse(service.report(submission.state, submission.sameAs, inlineLimit())))
                    .build();
        }
        SubmissionResponse body = toResponse(service.report(submission.state, submission.id, inlineLimit()));
        return switch (status) {
            case 201 -> Response.created(URI.create(location)).entity(body).build();
            case 202 -> Response.accepted(body).location(URI.create(location)).header("Retry-After", "2").build();
            default -> Response.status(status).entity(body).build();
        };
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(operationId = "getSubmission", summary = "A submission with its status, progress and report",
            description = "The status URL of a 202: rowsProcessed grows while PROCESSING, then ACCEPTED or REJECTED "
                    + "(or VALIDATED, UNCHANGED). INTERRUPTED when processing stopped before the end (the service "
                    + "restarted or lost its database; found within attainment.submissions.stale-after, 30 s): "
                    + "nothing was applied, the report's error says so; send it again. The first 1,000 errors and "
                    + "warnings are inline. Readable by that state's submitter only.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such submission for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionResponse get(@PathParam("state") String state, @PathParam("id") UUID id) {
        caller.requireSubmitterFor(state);
        return toResponse(service.report(state, id, inlineLimit()));
    }

    @GET
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(operationId = "listSubmissions", summary = "A state's submission history, newest first",
            description = "Every submission (accepted, superseded, withdrawn, rejected, dry runs) with its totals. "
                    + "Send Accept: text/csv for the whole history as CSV, one line per submission.")
    @APIResponse(responseCode = "200", description = "One page of the history (or all of it as CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionPage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed schoolYear or paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<SubmissionSummary> history(@PathParam("state") String state,
            @QueryParam("schoolYear") String schoolYear, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        caller.requireSubmitterFor(state);
        return service.history(state, SchoolYear.fromQuery(schoolYear), PageRequest.of(page, size))
                .map(SubmissionResource::toSummary);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(hidden = true) // documented with listSubmissions (same path, Accept: text/csv)
    public Response historyCsv(@PathParam("state") String state, @QueryParam("schoolYear") String schoolYear) {
        caller.requireSubmitterFor(state);
        SchoolYear year = SchoolYear.fromQuery(schoolYear);
        Stream<List<?>> rows = Stream.iterate(0, p -> p + 1)
                .map(p -> service.history(state, year, PageRequest.of(p, PageRequest.MAX_SIZE)).items())
                .takeWhile(items -> !items.isEmpty()).flatMap(List::stream)
                .map(s -> List.of(s.id, new SchoolYear(s.schoolYear).toString(), s.status, s.mode, s.dryRun,
                        s.rowsReceived, s.rowsAccepted, s.errorCount, s.warningCount, s.submittedBy, s.submittedAt,
                        s.completedAt == null ? "" : s.completedAt));
        return Response.ok(Csv.stream(List.of("id", "schoolYear", "status", "mode", "dryRun", "rowsReceived",
                "rowsAccepted", "errorCount", "warningCount", "submittedBy", "submittedAt", "completedAt"), rows))
                .type(Csv.MEDIA_TYPE).build();
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(operationId = "listSubmissionIssues", summary = "Every error and warning of a submission's report",
            description = "In the order found; each with its severity, row and field. Send Accept: text/csv for the "
                    + "whole report as CSV (severity, row, field, message).")
    @APIResponse(responseCode = "200", description = "One page of the report (or all of it as CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionIssuePage.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such submission for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<IssueResponse> issues(@PathParam("state") String state, @PathParam("id") UUID id,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        caller.requireSubmitterFor(state);
        return service.issuePage(state, id, PageRequest.of(page, size)).map(SubmissionResource::toIssue);
    }

    @GET
    @Path("/{id}/errors")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(hidden = true) // documented with listSubmissionIssues (same path, Accept: text/csv)
    public Response issuesCsv(@PathParam("state") String state, @PathParam("id") UUID id) {
        caller.requireSubmitterFor(state);
        service.get(state, id);
        int slice = 5000;
        Stream<List<?>> rows = Stream.iterate(0, offset -> offset + slice)
                .map(offset -> service.issueSlice(id, offset, slice))
                .takeWhile(items -> !items.isEmpty()).flatMap(List::stream)
                .map(i -> java.util.Arrays.asList(i.severity(), i.row(), i.field(), i.message()));
        return Response.ok(Csv.stream(List.of("severity", "row", "field", "message"), rows))
                .type(Csv.MEDIA_TYPE).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.STATE_SUBMITTER)
    @Operation(operationId = "withdrawSubmission", summary = "Withdraw the state-year's current submission",
            description = "The previous accepted submission of the state-year becomes current again (or the "
                    + "state-year has no data); AttainmentChanged events and a snapshot marker tell consumers.")
    @APIResponse(responseCode = "200", description = "The withdrawn submission (status WITHDRAWN)",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "403", description = "Token is not a state-submitter for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such submission for this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The submission is not the current accepted one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionResponse withdraw(@PathParam("state") String state, @PathParam("id") UUID id) {
        caller.requireSubmitterFor(state);
        service.withdraw(state, id, caller.name());
        return toResponse(service.report(state, id, inlineLimit()));
    }

    private int inlineLimit() {
        return config.submissions().inlineIssueLimit();
    }

    private static Submission.Mode parseMode(String mode) {
        return switch (mode.toLowerCase()) {
            case "atomic" -> Submission.Mode.ATOMIC;
            case "partial" -> Submission.Mode.PARTIAL;
            default -> throw ProblemException.badRequest("mode is malformed",
                    List.of(FieldError.field("mode", "must be atomic or partial, got '" + mode + "'")));
        };
    }

    /** Same body, format and parameters give the same fingerprint: what an Idempotency-Key is bound to. */
    private static String fingerprint(String bodySha, RowFormat format, SchoolYear year, Submission.Mode mode,
            boolean dryRun) {
        var sha = ContentHash.sha256();
        sha.update((bodySha + '|' + format + '|' + year + '|' + mode + '|' + dryRun)
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String statusUrl(Submission s) {
        return "/api/v1/states/" + s.state + "/submissions/" + s.id;
    }

    private SubmissionResponse toResponse(SubmissionService.Report report) {
        Submission s = report.submission();
        Long live = progress.rowsRead(s.id);
        long processed = live != null ? live : s.rowsReceived;
        return new SubmissionResponse(s.id, s.state, new SchoolYear(s.schoolYear).toString(), s.status.name(),
                s.mode.name(), s.dryRun, s.rowKind == null ? null : s.rowKind.name(), processed, s.rowsReceived,
                s.rowsAccepted, s.errorCount, s.warningCount, s.sameAs, s.submittedBy, s.submittedAt, s.completedAt,
                statusUrl(s) + "/errors", report.errors(), report.warnings());
    }

    private static SubmissionSummary toSummary(Submission s) {
        return new SubmissionSummary(s.id, new SchoolYear(s.schoolYear).toString(), s.status.name(), s.mode.name(),
                s.dryRun, s.rowsReceived, s.rowsAccepted, s.errorCount, s.warningCount, s.submittedBy,
                s.submittedAt, s.completedAt);
    }

    private static IssueResponse toIssue(IssueRepository.Issue i) {
        return new IssueResponse(i.severity().name(), i.row(), i.field(), i.message());
    }
}
