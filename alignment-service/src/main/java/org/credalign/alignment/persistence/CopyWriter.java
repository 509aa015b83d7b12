package org.credalign.alignment.persistence;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Bulk insert through PostgreSQL's COPY (CSV format) on the transaction's own connection: tens of thousands of
 * result rows in one round trip, which keeps a full national rescore well under a second.
 */
final class CopyWriter {

    private CopyWriter() {
    }

    static void copy(EntityManager entityManager, String table, List<String> columns, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (List<?> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = row.get(i);
                if (value != null) { // an unquoted empty field is NULL in COPY's CSV format
                    csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY into " + table + " failed", e);
            }
        });
    }
}
