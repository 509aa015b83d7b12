package org.credalign.alignment.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which generation of results this instance serves. The scorer bumps the counter in the database in the pass that
 * changes results (and here, after commit); every instance also polls it, so a pass run by another replica drops
 * this one's cached answers within the poll interval.
 */
@ApplicationScoped
public class ResultsGeneration {

    private final AtomicLong generation = new AtomicLong(-1);
    private final AgroalDataSource dataSource;
    private final long pollMillis;
    private ScheduledExecutorService poller;

    public ResultsGeneration(AgroalDataSource dataSource,
            @ConfigProperty(name = "alignment.results.poll-millis", defaultValue = "250") long pollMillis) {
        this.dataSource = dataSource;
        this.pollMillis = pollMillis;
    }

    void start(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "results-generation-poll");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void poll() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select generation from results_generation where id = 1")) {
            if (rs.next()) {
                observed(rs.getLong(1));
            }
        } catch (Exception e) {
            generation.set(-1); // unknown: serve nothing from the cache until the database answers again
        }
    }

    /** Records a generation seen in the database or just committed by this instance. */
    public void observed(long value) {
        generation.accumulateAndGet(value, Math::max);
    }

    /** The current generation, or -1 when unknown (then nothing may be served from a cache). */
    public long current() {
        return generation.get();
    }
}
