package org.credalign.alignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Operational settings of the alignment service (not part of the methodology). */
@ConfigMapping(prefix = "alignment.ops")
public interface AlignmentConfig {

    Http http();

    Rebuild rebuild();

    interface Http {
        /** Cache-Control max-age of read responses; clients revalidate cheaply with the ETag after it. */
        @WithDefault("PT5S")
        Duration maxAge();
    }

    interface Rebuild {
        /** Upper bound for one replay of the consumed topics. */
        @WithDefault("PT5M")
        Duration timeout();
    }
}
