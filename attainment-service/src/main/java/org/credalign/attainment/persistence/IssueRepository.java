package org.credalign.attainment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The errors and warnings of submission reports, written in JDBC batches as a file streams in. */
@ApplicationScoped
public class IssueRepository {

    public enum Severity { ERROR, WARNING }

    public record Issue(int ordinal, Severity severity, Long row, String field, String message) {
    }

    private final EntityManager entityManager;

    public IssueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(UUID submissionId, List<Issue> issues) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into submission_issue (submission_id, ordinal, severity, row_number, field, message)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (Issue issue : issues) {
                    insert.setObject(1, submissionId);
                    insert.setInt(2, issue.ordinal());
                    insert.setString(3, issue.severity().name());
                    if (issue.row() == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, issue.row());
                    }
                    insert.setString(5, storable(issue.field()));
                    insert.setString(6, storable(issue.message()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Issues in the order found; {@code severity} null for both kinds. */
    @SuppressWarnings("unchecked")
    public List<Issue> page(UUID submissionId, Severity severity, int offset, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select ordinal, severity, row_number, field, message from submission_issue
                where submission_id = ?1 and (cast(?2 as text) is null or severity = cast(?2 as text))
                order by ordinal offset ?3 limit ?4""")
                .setParameter(1, submissionId).setParameter(2, severity == null ? null : severity.name())
                .setParameter(3, offset).setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new Issue(((Number) r[0]).intValue(), Severity.valueOf((String) r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4])).toList();
    }

    public long count(UUID submissionId) {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from submission_issue where submission_id = ?1").setParameter(1, submissionId)
                .getSingleResult()).longValue();
    }

    /**
     * Issue texts quote the rejected value, and PostgreSQL text cannot hold U+0000: stored as the visible escape
     * "\\u0000" so a row with a NUL byte is reported like any other bad row instead of failing the whole report.
     */
    static String storable(String text) {
        return text == null ? null : text.replace("\0", "\\u0000");
    }
}
