package org.credalign.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the transactional outbox every producing service shares. */
@ConfigMapping(prefix = "credalign.outbox")
public interface OutboxConfig {

    /** Whether this instance publishes the outbox (any number of instances may; one at a time does). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per relay pass. */
    @WithDefault("500")
    int batchSize();

    /** How long published rows are kept before they are purged. */
    @WithDefault("P7D")
    Duration retention();

    /** Topics this service produces; created compacted if missing so consumers can rebuild from offset 0. */
    Optional<List<String>> topics();

    /** Partitions for topics this service creates (records of one state share a partition). */
    @WithDefault("6")
    int topicPartitions();

    /** Upper bound for one send attempt while the broker is unreachable, so a pass never hangs. */
    @WithDefault("PT5S")
    Duration sendTimeout();
}
