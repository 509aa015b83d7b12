package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.credalign.attainment.domain.AggregateRow;
import org.credalign.attainment.domain.ContentHash;
import org.credalign.attainment.domain.EarnedCount;
import org.credalign.attainment.domain.RawRow;
import org.credalign.attainment.domain.Submission;
import org.credalign.attainment.domain.SubmissionValidator;
import org.credalign.attainment.messaging.AttainmentChanged;
import org.credalign.attainment.persistence.CredentialReplicaRepository;
import org.credalign.attainment.persistence.EarnedCountRepository;
import org.credalign.attainment.persistence.SubmissionRepository;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.ProblemException;

/**
 * Accepts a state's submission for a school year: validates every row, replaces the state-year atomically, and
 * appends one AttainmentChanged per credential (including those the new submission dropped) to the outbox.
 */
@ApplicationScoped
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final EarnedCountRepository counts;
    private final CredentialReplicaRepository catalog;
    private final OutboxAppender outbox;

    public SubmissionService(SubmissionRepository submissions, EarnedCountRepository counts,
            CredentialReplicaRepository catalog, OutboxAppender outbox) {
        this.submissions = submissions;
        this.counts = counts;
        this.catalog = catalog;
        this.outbox = outbox;
    }

    /** What happened to a submission: newly accepted, or identical to the current one and returned unchanged. */
    public record Outcome(Submission submission, boolean created) {
    }

    @Transactional
    public Outcome submit(String state, SchoolYear year, List<RawRow> rows, String submittedBy) {
        Set<String> mentioned = rows.stream().map(r -> r.fields().get("credentialId"))
                .filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet());
        Set<String> known = catalog.existing(mentioned);
        SubmissionValidator.Result result = SubmissionValidator.validate(rows, known::contains);
        if (result.hasErrors()) {
            throw ProblemException.validation("Submission has invalid rows",
                    result.errors().size() + " error(s) in " + rows.size() + " rows; nothing was applied (mode=atomic)",
                    result.errors());
        }
        String hash = ContentHash.of(result.accepted());
        submissions.lockStateYear(state, year.endYear());
        Submission previous = submissions.currentAccepted(state, year.endYear()).orElse(null);
        if (previous != null && previous.contentHash.equals(hash)) {
            return new Outcome(previous, false);
        }
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.state = state;
        submission.schoolYear = year.endYear();
        submission.status = Submission.Status.ACCEPTED;
        submission.rowsReceived = rows.size();
        submission.rowsAccepted = result.accepted().size();
        submission.contentHash = hash;
        submission.submittedBy = submittedBy;
        submission.submittedAt = Instant.now();
        if (previous != null) {
            previous.status = Submission.Status.SUPERSEDED;
            submissions.flush();
        }
        submissions.persistAndFlush(submission);
        counts.persist(result.accepted().stream().map(row -> EarnedCount.of(submission.id, row)));
        publish(submission, year, result.accepted(), previous);
        return new Outcome(submission, true);
    }

    private void publish(Submission submission, SchoolYear year, List<AggregateRow> accepted, Submission previous) {
        Map<String, List<AttainmentChanged.Count>> byCredential = new LinkedHashMap<>();
        accepted.forEach(row -> byCredential.computeIfAbsent(row.credentialId(), id -> new ArrayList<>())
                .add(new AttainmentChanged.Count(row.level().name(), row.subgroup(), row.earned())));
        Set<String> dropped = new TreeSet<>();
        if (previous != null) {
            counts.ofSubmission(previous.id).forEach(c -> dropped.add(c.key.credentialId()));
            dropped.removeAll(byCredential.keySet());
        }
        byCredential.forEach((credentialId, credentialCounts) -> append(submission, year, credentialId,
                credentialCounts, false));
        dropped.forEach(credentialId -> append(submission, year, credentialId, List.of(), true));
    }

    private void append(Submission submission, SchoolYear year, String credentialId,
            List<AttainmentChanged.Count> credentialCounts, boolean removed) {
        AttainmentChanged event = new AttainmentChanged(submission.state, year.toString(), credentialId,
                credentialCounts, removed, submission.id, submission.sequence, submission.submittedBy);
        outbox.append(AttainmentChanged.TOPIC, event.key(), AttainmentChanged.TYPE, event.version(),
                submission.submittedBy, event);
    }

    @Transactional
    public Submission get(String state, UUID id) {
        Submission submission = submissions.findById(id);
        if (submission == null || !submission.state.equals(state)) {
            throw ProblemException.notFound("no submission " + id + " for state " + state);
        }
        return submission;
    }
}
