package org.credalign.attainment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.annotation.PreDestroy;
import org.credalign.attainment.config.AttainmentConfig;
import org.credalign.attainment.domain.RowFormat;
import org.credalign.attainment.domain.RowLimit;
import org.credalign.attainment.domain.RowReader;
import org.credalign.attainment.domain.Snapshot;
import org.credalign.attainment.domain.SnapshotBuilder;
import org.credalign.attainment.domain.Submission;
import org.credalign.attainment.domain.UnreadableBodyException;
import org.credalign.attainment.persistence.IssueRepository;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.problem.FieldError;
import org.jboss.logging.Logger;

/**
 * Reads a spooled submission body row by row — only the current row and the aggregated counts are in memory —
 * through the validation rules, stores the report as it goes, then hands the snapshot to {@link SubmissionService}
 * to apply or reject in one transaction. Runs in the caller's thread (small bodies) or on a background worker
 * (large bodies, answered 202).
 */
@ApplicationScoped
public class SubmissionProcessor {

    private static final Logger LOG = Logger.getLogger(SubmissionProcessor.class);

    private final SubmissionService service;
    private final IssueRepository issues;
    private final ProgressTracker progress;
    private final long maxRows;
    private final SubmissionHeartbeat heartbeat;
    /** Large submissions one at a time: each is CPU-bound, and the machine's cores are shared with the API. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "attainment-submission-worker");
        thread.setDaemon(true);
        return thread;
    });

    /** Row readers feeding {@link RowPipeline}: one per submission being processed. */
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "attainment-row-reader");
        thread.setDaemon(true);
        return thread;
    });

    public SubmissionProcessor(SubmissionService service, IssueRepository issues, ProgressTracker progress,
            AttainmentConfig config, SubmissionHeartbeat heartbeat) {
        this.service = service;
        this.issues = issues;
        this.progress = progress;
        this.maxRows = config.submissions().maxRows();
        this.heartbeat = heartbeat;
    }

    /** How processing ended; {@code unreadable} is set when the body could not be read to the end. */
    public record Result(Submission submission, UnreadableBodyException unreadable) {
    }

    public Result process(Submission submission, RowFormat format, BodySpool.Spooled body) {
        UUID id = submission.id;
        heartbeat.hold(id);
        AtomicLong rowsRead = progress.start(id);
        IssueWriter report = new IssueWriter(id, issues);
        SchoolYear year = new SchoolYear(submission.schoolYear);
        try {
            SubmissionService.Context context = service.context(submission.state, year);
            SnapshotBuilder builder = new SnapshotBuilder(submission.state, year, context.catalog(), report);
            try (InputStream in = Files.newInputStream(body.file());
                 RowReader reader = format.open(in, SnapshotBuilder.ALL_FIELDS)) {
                for (FieldError problem : reader.headerProblems()) {
                    builder.fileError(problem.row(), problem.field(), problem.message());
                }
                RowLimit limit = new RowLimit(maxRows);
                RowPipeline.run(reader, readers, row -> {
                    limit.count(row);
                    builder.accept(row);
                }, rowsRead::set);
            } catch (UnreadableBodyException e) {
                report.error(e.row() == 0 ? null : e.row(), e.row() == 0 ? "(body)" : "(row)", e.getMessage());
                report.flush();
                Submission rejected = service.rejectUnreadable(id, rowsRead.get(), builder.errorCount() + 1,
                        builder.warningCount());
                return new Result(rejected, e);
            }
            Snapshot snapshot = builder.finish(context.previousYearAll());
            report.flush();
            return new Result(service.complete(id, snapshot), null);
        } catch (IOException e) {
            // The spooled file is ours; failing to read it is a server fault, never the state's.
            throw new IllegalStateException("spooled body of submission " + id + " cannot be read", e);
        } finally {
            heartbeat.release(id);
            progress.finish(id);
            body.delete();
        }
    }

    /**
     * Processes in the background; a failure marks the submission REJECTED rather than leaving it PROCESSING.
     * {@code whenDone} runs after processing however it ended (it releases the state's upload permit).
     */
    public void processLater(Submission submission, RowFormat format, BodySpool.Spooled body, Runnable whenDone) {
        heartbeat.hold(submission.id); // queued behind another large submission: alive all the same
        background.submit(() -> {
            try {
                process(submission, format, body);
            } catch (RuntimeException e) {
                LOG.errorf(e, "submission %s failed", submission.id);
                QuarkusTransaction.requiringNew().run(() -> issues.insert(submission.id, java.util.List.of(
                        new IssueRepository.Issue(Integer.MAX_VALUE, IssueRepository.Severity.ERROR, null, "(body)",
                                "the server could not finish this submission; nothing was applied, send it again"))));
                service.rejectUnreadable(submission.id, 0, 1, 0);
            } finally {
                whenDone.run();
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdown();
        readers.shutdown();
    }
}
