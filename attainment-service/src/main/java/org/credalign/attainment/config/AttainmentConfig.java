package org.credalign.attainment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the attainment service ({@code attainment.*}). */
@ConfigMapping(prefix = "attainment")
public interface AttainmentConfig {

    Submissions submissions();

    Privacy privacy();

    interface Submissions {
        /** Largest body accepted, in bytes; larger ones get 413 (the HTTP layer's own limit must stay above it). */
        @WithDefault("1073741824")
        long maxBodyBytes();

        /** Bodies larger than this are answered 202 and processed in the background. */
        @WithDefault("1048576")
        long asyncThresholdBytes();

        /**
         * Most rows one submission may hold; reading stops at the row after it and the submission is rejected
         * (422 naming the limit). The default is far above a large state's student-level year.
         */
        @WithDefault("20000000")
        long maxRows();

        /** Uploads of one state received or processed at the same time; one more is answered 429. */
        @WithDefault("2")
        int maxConcurrentPerState();

        /** Errors and warnings listed inline in a submission; all of them are pageable. */
        @WithDefault("1000")
        int inlineIssueLimit();

        /** Directory for spooled bodies; empty means the JVM's temporary directory. */
        java.util.Optional<String> spoolDirectory();

        /**
         * How often the instance processing a submission proves it is alive (and looks for interrupted ones).
         * Read by the scheduler from {@code attainment.submissions.heartbeat-interval}.
         */
        @WithDefault("5s")
        java.time.Duration heartbeatInterval();

        /**
         * A PROCESSING submission whose heartbeat is older than this was cut short (its instance died or lost the
         * database): it becomes INTERRUPTED. Several heartbeat intervals, so a busy instance is never mistaken.
         */
        @WithDefault("30s")
        java.time.Duration staleAfter();
    }

    interface Privacy {
        /** Subgroup counts from 1 to minCellSize − 1 are withheld in public outputs (METHODOLOGY.md). */
        @WithDefault("10")
        int minCellSize();
    }
}
