package org.credalign.attainment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an Idempotency-Key is remembered ({@code attainment.idempotency.*}). */
@ConfigMapping(prefix = "attainment.idempotency")
public interface IdempotencyConfig {

    /**
     * Keys older than this are forgotten, so the table stays bounded. A retry after that creates a new submission,
     * which the content check answers as UNCHANGED when the body equals the accepted one.
     */
    @WithDefault("P30D")
    Duration retention();
}
