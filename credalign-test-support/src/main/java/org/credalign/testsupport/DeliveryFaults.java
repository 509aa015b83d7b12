package org.credalign.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.credalign.testsupport.KafkaEventSender.Event;

/**
 * The delivery faults every consumer must survive (issue 8), checked the same way in every service through the
 * real broker and database: duplicate and out-of-order delivery of an event type change nothing beyond the newest
 * version; unreadable messages go to the dead-letter topic, are counted, and do not hold back the next message.
 * Every record goes to partition 0, so the consumer sees them in the order sent, and the group's committed offset
 * ({@link ConsumerProgress}) tells when all were handled. Failures are {@link AssertionError}s.
 */
public final class DeliveryFaults {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    /** The body of one event type as variant 1, 2 or 3 of its content, at a given version. */
    @FunctionalInterface
    public interface Body {
        String of(int variant, long version);
    }

    /**
     * One event type of docs/EVENTS.md as one consumer sees it: where it travels, its key, how to write it, a query
     * returning the consumer's whole state for that key as one text (JSON of every row and column; it must contain
     * {@code "version":N}), and a top-level field without which the event cannot be applied.
     */
    public record EventType(String name, String topic, String ceType, String key, Body body, String stateQuery,
            List<Object> queryParameters, String requiredField) {

        public Event event(int variant, long version) {
            return new Event(topic, 0, key, ceType, body.of(variant, version), version);
        }

        @Override
        public String toString() {
            return name + " on " + topic;
        }
    }

    private final String group;
    private final String deadLetterTopic;
    private final DataSource dataSource;
    private final ToDoubleFunction<String> deadLettersCounted;

    /**
     * @param group              the consumer group (the service's application name)
     * @param deadLetterTopic    where the service's channels dead-letter
     * @param dataSource         the service's database
     * @param deadLettersCounted the service's dead-letter count of a consumed topic, as its metrics show it
     */
    public DeliveryFaults(String group, String deadLetterTopic, DataSource dataSource,
            ToDoubleFunction<String> deadLettersCounted) {
        this.group = group;
        this.deadLetterTopic = deadLetterTopic;
        this.dataSource = dataSource;
        this.deadLettersCounted = deadLettersCounted;
    }

    /** Versions above every earlier run's, so keys shared across runs take each run's events. */
    public static long clockVersion() {
        return System.currentTimeMillis() * 1000;
    }

    /** v2, then v1 (older) and v2 again (duplicate): the state is exactly v2's; then v3 is applied. */
    public void assertDuplicatesAndOlderVersionsChangeNothing(EventType type) {
        long base = clockVersion();
        deliver(type, List.of(type.event(2, base + 2)));
        String v2 = state(type);
        check(v2.contains("\"version\":" + (base + 2)), "v2 not applied: " + v2);

        // each checked on its own: a duplicate v2 right after an applied v1 would hide the missing version guard
        deliver(type, List.of(type.event(1, base + 1)));
        String afterOlder = state(type);
        check(v2.equals(afterOlder), "an older version changed the state:\n  v2:    " + v2 + "\n  after: "
                + afterOlder);
        deliver(type, List.of(type.event(2, base + 2)));
        String afterDuplicate = state(type);
        check(v2.equals(afterDuplicate), "a repeated version changed the state:\n  v2:    " + v2 + "\n  after: "
                + afterDuplicate);

        deliver(type, List.of(type.event(3, base + 3)));
        String v3 = state(type);
        check(v3.contains("\"version\":" + (base + 3)), "v3 not applied: " + v3);
        check(!v2.replace(Long.toString(base + 2), Long.toString(base + 3)).equals(v3),
                "only v3's version was stored, not its content: " + v3);
    }

    /**
     * Three unreadable messages (not JSON; {@code version} as text; the required field renamed away) followed by a
     * valid one on the same partition: all three are dead-lettered and counted, and the valid one is applied.
     */
    public void assertPoisonIsDeadLetteredCountedAndSkipped(EventType type) {
        long version = clockVersion();
        String valid = type.body().of(1, version);
        String wrongType = valid.replace("\"version\": " + version, "\"version\": \"" + version + "\"");
        String field = "\"" + type.requiredField() + "\":";
        check(!wrongType.equals(valid), "the body does not write \"version\": N");
        check(valid.indexOf(field) >= 0 && valid.indexOf(field) == valid.lastIndexOf(field),
                "the body must name " + field + " exactly once");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // Earlier unreadable records of this topic (other tests, other services' test runs) are counted first.
        ConsumerProgress.awaitConsumed(group, type.topic(), CONSUMED);
        List<Event> poison = List.of(
                new Event(type.topic(), 0, "poison-json-" + suffix, type.ceType(), "{not json", version),
                new Event(type.topic(), 0, "poison-type-" + suffix, type.ceType(), wrongType, version),
                new Event(type.topic(), 0, "poison-missing-" + suffix, type.ceType(),
                        valid.replace(field, "\"no-" + type.requiredField() + "\":"), version));
        double before = deadLettersCounted.applyAsDouble(type.topic());

        deliver(type, Stream.concat(poison.stream(), Stream.of(type.event(1, version))).toList());

        String state = state(type);
        check(state.contains("\"version\":" + version), "the valid message behind was not applied: " + state);
        Set<String> missing = new HashSet<>(poison.stream().map(Event::key).toList());
        KafkaTestClient.awaitRecord(deadLetterTopic, r -> missing.remove(r.key()) && missing.isEmpty(), CONSUMED);
        check(missing.isEmpty(), "not in " + deadLetterTopic + ": " + missing);
        double counted = deadLettersCounted.applyAsDouble(type.topic()) - before;
        check(counted == 3, "dead letters counted for " + type.topic() + ": " + counted + ", expected 3");
    }

    /** credalign_dead_letters_total{topic=...} in a Prometheus text page (0 before the first dead letter). */
    public static double deadLetters(String prometheusText, String topic) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^credalign_dead_letters_total\\{[^}]*topic=\""
                + java.util.regex.Pattern.quote(topic) + "\"[^}]*} (\\S+)$", java.util.regex.Pattern.MULTILINE)
                .matcher(prometheusText);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private void deliver(EventType type, List<Event> events) {
        KafkaEventSender.send(events);
        ConsumerProgress.awaitConsumed(group, type.topic(), 0, CONSUMED);
    }

    /** The consumer's state of the key: the single text the type's query returns. */
    public String state(EventType type) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(type.stateQuery())) {
            for (int i = 0; i < type.queryParameters().size(); i++) {
                query.setObject(i + 1, type.queryParameters().get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                check(rows.next(), "no state for " + type.key());
                String state = rows.getString(1);
                check(state != null, "no state for " + type.key());
                check(!rows.next(), "more than one state row for " + type.key());
                return state;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state of " + type.key(), e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
