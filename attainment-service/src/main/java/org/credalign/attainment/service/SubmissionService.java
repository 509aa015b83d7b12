package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.credalign.attainment.domain.AggregateRow;
import org.credalign.attainment.domain.CatalogView;
import org.credalign.attainment.domain.CredentialLevel;
import org.credalign.attainment.domain.EarnedCount;
import org.credalign.attainment.domain.RowFormat;
import org.credalign.attainment.domain.Snapshot;
import org.credalign.attainment.domain.Submission;
import org.credalign.attainment.messaging.AttainmentChanged;
import org.credalign.attainment.messaging.AttainmentSnapshotCompleted;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.credalign.attainment.persistence.EarnedCountRepository;
import org.credalign.attainment.persistence.IdempotencyRepository;
import org.credalign.attainment.persistence.IssueRepository;
import org.credalign.attainment.persistence.SubmissionRepository;
import org.credalign.commons.api.PageRequest;
import org.credalign.commons.api.PageResponse;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;

/**
 * The transactions of a submission's life: recording it (with its Idempotency-Key), applying or rejecting it once
 * its rows are read (replacing the state-year atomically and appending one AttainmentChanged per credential, the
 * removals and the snapshot marker to the outbox), withdrawing it, and reading it back.
 */
@ApplicationScoped
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final EarnedCountRepository counts;
    private final CredentialReplicaRepository catalog;
    private final IdempotencyRepository idempotency;
    private final IssueRepository issues;
    private final OutboxAppender outbox;

    public SubmissionService(SubmissionRepository submissions, EarnedCountRepository counts,
            CredentialReplicaRepository catalog, IdempotencyRepository idempotency, IssueRepository issues,
            OutboxAppender outbox) {
        this.submissions = submissions;
        this.counts = counts;
        this.catalog = catalog;
        this.idempotency = idempotency;
        this.issues = issues;
        this.outbox = outbox;
    }

    /** What a submission request asks for. {@code requestHash} fingerprints the body and parameters. */
    public record Request(String state, SchoolYear year, Submission.Mode mode, boolean dryRun, RowFormat format,
            long bodyBytes, String idempotencyKey, String requestHash, String submittedBy) {
    }

    /** A recorded submission; {@code replayOf} holds the first answer's status when the key was seen before. */
    public record Started(Submission submission, Integer replayOf) {
        public boolean isReplay() {
            return replayOf != null;
        }
    }

    @Transactional
    public Started start(Request request) {
        if (request.idempotencyKey() != null) {
            idempotency.lock(request.state(), request.idempotencyKey());
            Optional<IdempotencyRepository.Entry> seen = idempotency.find(request.state(), request.idempotencyKey());
            if (seen.isPresent()
                    && submissions.findById(seen.get().submissionId()).status == Submission.Status.INTERRUPTED) {
                // Nothing of the first request was applied: the key is free, and this request is processed anew.
                idempotency.release(request.state(), request.idempotencyKey());
                seen = Optional.empty();
            }
            if (seen.isPresent()) {
                if (!seen.get().requestHash().equals(request.requestHash())) {
                    throw ProblemException.validation("Idempotency-Key reused with a different request",
                            "this Idempotency-Key was first used for submission " + seen.get().submissionId()
                                    + " with a different body or parameters; use a new key for a new request",
                            List.of(FieldError.field("Idempotency-Key", "already used for a different request")));
                }
                Submission first = submissions.findById(seen.get().submissionId());
                return new Started(first, seen.get().firstStatus() == null ? 202 : seen.get().firstStatus());
            }
        }
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.state = request.state();
        submission.schoolYear = request.year().endYear();
        submission.status = Submission.Status.PROCESSING;
        submission.mode = request.mode();
        submission.dryRun = request.dryRun();
        submission.bodyBytes = request.bodyBytes();
        submission.submittedBy = request.submittedBy();
        submission.submittedAt = Instant.now();
        submissions.persistAndFlush(submission);
        submissions.heartbeat(List.of(submission.id));
        if (request.idempotencyKey() != null) {
            idempotency.insert(request.state(), request.idempotencyKey(), request.requestHash(), submission.id);
        }
        return new Started(submission, null);
    }

    @Transactional
    public void recordFirstAnswer(UUID submissionId, int status) {
        idempotency.recordFirstStatus(submissionId, status);
    }

    /** What validation needs, read in one short transaction before the rows stream through. */
    public record Context(CatalogView catalog, Map<CredentialLevel, Integer> previousYearAll) {
    }

    @Transactional
    public Context context(String state, SchoolYear year) {
        return new Context(catalog.load(state), counts.acceptedAllCounts(state, year.endYear() - 1));
    }

    /**
     * Applies a fully read snapshot, or records why not. Atomic mode: any error rejects everything. Partial mode:
     * the valid counts apply. No valid count at all, or a dry run, applies nothing.
     */
    @Transactional
    public Submission complete(UUID submissionId, Snapshot snapshot) {
        Submission submission = submissions.findById(submissionId);
        if (submission.isFinished()) {
            return submission; // declared INTERRUPTED meanwhile (its heartbeat stalled): stays that way
        }
        submission.rowKind = snapshot.kind();
        submission.rowsReceived = (int) snapshot.rowsReceived();
        submission.errorCount = (int) snapshot.errors();
        submission.warningCount = (int) snapshot.warnings();
        submission.completedAt = Instant.now();
        boolean blocked = snapshot.errors() > 0 && submission.mode == Submission.Mode.ATOMIC;
        if (blocked || snapshot.counts().isEmpty()) {
            submission.status = Submission.Status.REJECTED;
            submission.rowsAccepted = 0;
            return submission;
        }
        submission.rowsAccepted = (int) snapshot.rowsValid();
        submission.contentHash = snapshot.contentHash();
        if (submission.dryRun) {
            submission.status = Submission.Status.VALIDATED;
            return submission;
        }
        submissions.lockStateYear(submission.state, submission.schoolYear);
        Submission previous = submissions.currentAccepted(submission.state, submission.schoolYear).orElse(null);
        if (previous != null && submission.contentHash.equals(previous.contentHash)) {
            submission.status = Submission.Status.UNCHANGED;
            submission.sameAs = previous.id;
            return submission;
        }
        Set<String> previousCredentials = new TreeSet<>();
        if (previous != null) {
            counts.ofSubmission(previous.id).forEach(c -> previousCredentials.add(c.key.credentialId()));
            previous.status = Submission.Status.SUPERSEDED;
            submissions.flush();
        }
        submission.status = Submission.Status.ACCEPTED;
        submissions.flush();
        // Versioned at acceptance, not at receipt: a slow submission received earlier that is accepted later must
        // still carry the higher version, or consumers would ignore the state-year's current data.
        submission.sequence = submissions.resequence(submission.id);
        counts.persist(snapshot.counts().stream().map(row -> EarnedCount.of(submission.id, row)));
        publishSnapshot(submission.state, new SchoolYear(submission.schoolYear), submission.id, submission.sequence,
                submission.submittedBy, snapshot.counts(), previousCredentials);
        return submission;
    }

    /** A body that could not be read to the end: nothing applies. */
    @Transactional
    public Submission rejectUnreadable(UUID submissionId, long rowsReceived, long errors, long warnings) {
        Submission submission = submissions.findById(submissionId);
        if (submission.isFinished()) {
            return submission;
        }
        submission.status = Submission.Status.REJECTED;
        submission.rowsReceived = (int) rowsReceived;
        submission.rowsAccepted = 0;
        submission.errorCount = (int) errors;
        submission.warningCount = (int) warnings;
        submission.completedAt = Instant.now();
        return submission;
    }

    /** Keeps the submissions this instance is processing from being taken for interrupted ones. */
    @Transactional
    public void heartbeat(Collection<UUID> processing) {
        submissions.heartbeat(processing);
    }

    /**
     * Marks every PROCESSING submission whose heartbeat stopped more than {@code staleAfter} ago INTERRUPTED, with
     * an error in its report saying so. Nothing of theirs was applied: a submission applies in one transaction.
     */
    @Transactional
    public List<UUID> interruptStale(Duration staleAfter) {
        List<UUID> stale = submissions.lockStaleProcessing(staleAfter);
        for (UUID id : stale) {
            Submission submission = submissions.findById(id);
            submission.status = Submission.Status.INTERRUPTED;
            submission.errorCount += 1;
            submission.rowsAccepted = 0;
            submission.completedAt = Instant.now();
            issues.insert(id, List.of(new IssueRepository.Issue(Integer.MAX_VALUE, IssueRepository.Severity.ERROR,
                    null, "(body)", INTERRUPTED_MESSAGE)));
        }
        return stale;
    }

    /** What the report of an interrupted submission says. */
    public static final String INTERRUPTED_MESSAGE = "processing stopped before the end (the service restarted or "
            + "lost its database); nothing was applied; send the submission again (its Idempotency-Key may be reused)";

    /**
     * Withdraws the state-year's current submission: the previous accepted one (if any) becomes current again.
     * The restored snapshot is published in full with a new version (events of the withdrawn one carried a higher
     * version than the restored one's originals), plus removals for credentials only the withdrawn one had, and the
     * marker.
     */
    @Transactional
    public Submission withdraw(String state, UUID id, String changedBy) {
        Submission withdrawn = get(state, id);
        submissions.lockStateYear(state, withdrawn.schoolYear);
        submissions.getEntityManager().refresh(withdrawn);
        if (withdrawn.status != Submission.Status.ACCEPTED) {
            throw ProblemException.conflict("only the state-year's current (ACCEPTED) submission can be withdrawn; "
                    + "submission " + id + " is " + withdrawn.status);
        }
        Submission restored = submissions.lastSupersededBefore(state, withdrawn.schoolYear, withdrawn.sequence)
                .orElse(null);
        Set<String> withdrawnCredentials = new TreeSet<>();
        counts.ofSubmission(withdrawn.id).forEach(c -> withdrawnCredentials.add(c.key.credentialId()));
        withdrawn.status = Submission.Status.WITHDRAWN;
        List<AggregateRow> restoredCounts = List.of();
        if (restored != null) {
            restored.status = Submission.Status.ACCEPTED;
            restoredCounts = counts.rowsOf(restored.id);
        }
        submissions.flush();
        publishSnapshot(state, new SchoolYear(withdrawn.schoolYear), restored == null ? withdrawn.id : restored.id,
                submissions.nextEventVersion(), changedBy, restoredCounts, withdrawnCredentials);
        return withdrawn;
    }

    /** One AttainmentChanged per credential of the snapshot, a removal for each dropped one, then the marker. */
    private void publishSnapshot(String state, SchoolYear year, UUID submissionId, long version, String changedBy,
            List<AggregateRow> snapshot, Set<String> previousCredentials) {
        Map<String, List<AttainmentChanged.Count>> byCredential = new LinkedHashMap<>();
        snapshot.forEach(row -> byCredential.computeIfAbsent(row.credentialId(), id -> new ArrayList<>())
                .add(new AttainmentChanged.Count(row.level().name(), row.subgroup(), row.earned())));
        Set<String> dropped = new TreeSet<>(previousCredentials);
        dropped.removeAll(byCredential.keySet());
        byCredential.forEach((credentialId, credentialCounts) -> append(new AttainmentChanged(state, year.toString(),
                credentialId, credentialCounts, false, submissionId, version, changedBy)));
        dropped.forEach(credentialId -> append(new AttainmentChanged(state, year.toString(), credentialId, List.of(),
                true, submissionId, version, changedBy)));
        AttainmentSnapshotCompleted marker = new AttainmentSnapshotCompleted(state, year.toString(), submissionId,
                byCredential.size() + dropped.size(), version, changedBy);
        outbox.append(AttainmentChanged.TOPIC, marker.key(), AttainmentSnapshotCompleted.TYPE, version, changedBy,
                marker);
    }

    private void append(AttainmentChanged event) {
        outbox.append(AttainmentChanged.TOPIC, event.key(), AttainmentChanged.TYPE, event.version(),
                event.changedBy(), event);
    }

    @Transactional
    public Submission get(String state, UUID id) {
        Submission submission = submissions.findById(id);
        if (submission == null || !submission.state.equals(state)) {
            throw ProblemException.notFound("no submission " + id + " for state " + state);
        }
        return submission;
    }

    /** A submission with the first {@code limit} errors and warnings of its report. */
    public record Report(Submission submission, List<FieldError> errors, List<FieldError> warnings) {
    }

    @Transactional
    public Report report(String state, UUID id, int limit) {
        Submission submission = get(state, id);
        return new Report(submission, issues(id, IssueRepository.Severity.ERROR, limit),
                issues(id, IssueRepository.Severity.WARNING, limit));
    }

    private List<FieldError> issues(UUID id, IssueRepository.Severity severity, int limit) {
        return issues.page(id, severity, 0, limit).stream()
                .map(i -> new FieldError(i.row(), i.field(), i.message())).toList();
    }

    @Transactional
    public PageResponse<IssueRepository.Issue> issuePage(String state, UUID id, PageRequest page) {
        get(state, id);
        return PageResponse.of(issues.page(id, null, page.offset(), page.size()), page, issues.count(id));
    }

    /** Every issue of a report, for CSV export (read in pages so a huge report is never held at once). */
    @Transactional
    public List<IssueRepository.Issue> issueSlice(UUID id, int offset, int limit) {
        return issues.page(id, null, offset, limit);
    }

    @Transactional
    public PageResponse<Submission> history(String state, SchoolYear year, PageRequest page) {
        Integer endYear = year == null ? null : year.endYear();
        return PageResponse.of(submissions.history(state, endYear, page.page(), page.size()), page,
                submissions.countHistory(state, endYear));
    }

    @Transactional
    public List<Submission> latestPerState(SchoolYear year) {
        return submissions.latestPerState(year.endYear());
    }
}
