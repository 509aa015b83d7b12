package org.credalign.attainment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.credalign.attainment.domain.IssueSink;
import org.credalign.attainment.persistence.IssueRepository;
import org.credalign.attainment.persistence.IssueRepository.Issue;
import org.credalign.attainment.persistence.IssueRepository.Severity;

/**
 * Stores every error and warning of a submission as validation finds them, in batches and in their own short
 * transactions, so a file with a million bad rows keeps its full report without holding it in memory.
 */
final class IssueWriter implements IssueSink {

    private static final int BATCH = 1000;

    private final UUID submissionId;
    private final IssueRepository issues;
    private final List<Issue> pending = new ArrayList<>(BATCH);
    private int ordinal;

    IssueWriter(UUID submissionId, IssueRepository issues) {
        this.submissionId = submissionId;
        this.issues = issues;
    }

    @Override
    public void error(Long row, String field, String message) {
        add(Severity.ERROR, row, field, message);
    }

    @Override
    public void warning(Long row, String field, String message) {
        add(Severity.WARNING, row, field, message);
    }

    private void add(Severity severity, Long row, String field, String message) {
        pending.add(new Issue(++ordinal, severity, row, field, message));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Issue> batch = List.copyOf(pending);
        pending.clear();
        QuarkusTransaction.requiringNew().run(() -> issues.insert(submissionId, batch));
    }
}
