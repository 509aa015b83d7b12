package org.credalign.demand.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demand service. */
@ConfigMapping(prefix = "demand")
public interface DemandConfig {

    @io.smallrye.config.WithName("import")
    Import importSettings();

    interface Import {
        /**
         * Largest import body accepted, in bytes; larger ones get 413. Keep it below
         * {@code quarkus.http.limits.max-body-size}, so the client gets this service's problem+json answer.
         */
        @WithDefault("5242880")
        long maxBytes();
    }
}
