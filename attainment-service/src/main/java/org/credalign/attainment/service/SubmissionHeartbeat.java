package org.credalign.attainment.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.credalign.attainment.config.AttainmentConfig;
import org.jboss.logging.Logger;

/**
 * Keeps the submissions this instance is processing (or has queued) alive in the database, and turns the ones no
 * instance is processing any more — their instance was killed, or lost the database mid-way — into INTERRUPTED,
 * so a client polling the status URL gets an answer instead of PROCESSING forever. Every replica runs the sweep;
 * the heartbeat, not the instance's identity, says who is alive, so a sweep never takes over a live submission.
 */
@ApplicationScoped
public class SubmissionHeartbeat {

    private static final Logger LOG = Logger.getLogger(SubmissionHeartbeat.class);

    private final Set<UUID> processing = ConcurrentHashMap.newKeySet();
    private final SubmissionService service;
    private final AttainmentConfig config;
    private volatile boolean lastBeatFailed;

    public SubmissionHeartbeat(SubmissionService service, AttainmentConfig config) {
        this.service = service;
        this.config = config;
    }

    void hold(UUID submissionId) {
        processing.add(submissionId);
    }

    void release(UUID submissionId) {
        processing.remove(submissionId);
    }

    /** Runs at start-up too (first execution right away), so a restart reports what the killed instance left. */
    @Scheduled(identity = "submission-heartbeat", every = "${attainment.submissions.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        try {
            service.heartbeat(Set.copyOf(processing));
            interruptStale();
            if (lastBeatFailed) {
                LOG.info("submission heartbeat works again");
            }
            lastBeatFailed = false;
        } catch (RuntimeException e) {
            // The database is away (it is restarted, or the network is cut): say so once, not every interval.
            if (!lastBeatFailed) {
                LOG.warnf("submission heartbeat failed (%s); retrying every %s", e.getMessage(),
                        config.submissions().heartbeatInterval());
            }
            lastBeatFailed = true;
        }
    }

    /** Marks the stale PROCESSING submissions INTERRUPTED; returns their ids. */
    public List<UUID> interruptStale() {
        List<UUID> interrupted = service.interruptStale(config.submissions().staleAfter());
        if (!interrupted.isEmpty()) {
            LOG.warnf("submissions %s were interrupted (no heartbeat for %s): marked INTERRUPTED, nothing applied",
                    interrupted, config.submissions().staleAfter());
        }
        return interrupted;
    }
}
