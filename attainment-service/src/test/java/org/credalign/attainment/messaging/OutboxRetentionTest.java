package org.credalign.attainment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.credalign.commons.outbox.OutboxConfig;
import org.credalign.commons.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;

/**
 * The outbox stays bounded (credalign-commons OutboxRelay.purgePublished, credalign.outbox.retention): published
 * rows older than the retention are deleted; younger published rows and unpublished rows of any age are kept.
 * The test rows name a topic of their own; while they exist the test holds the relay's advisory lock, so the relay
 * publishes nothing, and it deletes them before letting go.
 */
@QuarkusTest
class OutboxRetentionTest {

    /** OutboxRelay's lock id: a session lock here makes the relay's pg_try_advisory_xact_lock fail. */
    private static final long RELAY_LOCK_ID = 0x0C7EDA1L;

    @Inject
    DataSource dataSource;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxConfig config;

    @Test
    void publishedRowsOlderThanTheRetentionArePurgedUnpublishedOnesNever() throws Exception {
        String topic = "test.outbox-retention." + UUID.randomUUID();
        long retention = config.retention().toSeconds();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement lock = connection.createStatement()) {
                lock.execute("select pg_advisory_lock(" + RELAY_LOCK_ID + ")");
            }
            try {
                insert(connection, topic, "sent-long-ago", retention + 3600, retention + 3600);
                insert(connection, topic, "sent-recently", retention + 3600, retention - 3600);
                insert(connection, topic, "never-sent", 10 * retention, null);

                assertTrue(relay.purgePublished() >= 1, "nothing purged");

                assertEquals(0, rows(connection, topic, "sent-long-ago"), "published row past the retention kept");
                assertEquals(1, rows(connection, topic, "sent-recently"),
                        "published row within the retention purged");
                assertEquals(1, rows(connection, topic, "never-sent"), "unpublished row purged");
            } finally {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where topic = ?")) {
                    delete.setString(1, topic);
                    delete.executeUpdate();
                }
                try (Statement unlock = connection.createStatement()) {
                    unlock.execute("select pg_advisory_unlock(" + RELAY_LOCK_ID + ")");
                }
            }
        }
    }

    private static void insert(Connection connection, String topic, String key, long createdSecondsAgo,
            Long sentSecondsAgo) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (topic, message_key, event_type, entity_version, changed_by, payload,
                    created_at, sent_at)
                values (?, ?, 'test.OutboxRetention', 1, 'test', '{}',
                    now() - make_interval(secs => cast(? as double precision)),
                    now() - make_interval(secs => cast(? as double precision)))""")) {
            insert.setString(1, topic);
            insert.setString(2, key);
            insert.setLong(3, createdSecondsAgo);
            if (sentSecondsAgo == null) {
                insert.setNull(4, java.sql.Types.BIGINT);
            } else {
                insert.setLong(4, sentSecondsAgo);
            }
            insert.executeUpdate();
        }
    }

    private static long rows(Connection connection, String topic, String key) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from outbox_event where topic = ? and message_key = ?")) {
            query.setString(1, topic);
            query.setString(2, key);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
