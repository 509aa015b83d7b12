package org.credalign.alignment.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.credalign.alignment.config.Methodology;
import org.credalign.alignment.domain.NationAggregator;
import org.credalign.alignment.domain.Ranking;
import org.credalign.alignment.domain.StateYearScore;
import org.credalign.alignment.domain.StateYearScorer;
import org.credalign.alignment.persistence.ReadModelRepository;
import org.credalign.alignment.persistence.ResultsRepository;
import org.credalign.alignment.persistence.ScoringInputsRepository;
import org.credalign.alignment.persistence.ScoringInputsRepository.StateYearKey;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.outbox.OutboxAppender;
import org.jboss.logging.Logger;

/**
 * Incremental scoring. Consumers queue the state-years an event affects; each pass takes the queue, rescores only
 * those state-years, then recomputes the nation and the ranks of their school years and publishes, through the
 * outbox, every state result of those years whose content changed (alignment.scores.v1, key STATE:YEAR). One pass
 * is one transaction: the results, the queue and the outbox rows commit together.
 */
@ApplicationScoped
public class ScoringService {

    public static final String SCORES_TOPIC = "alignment.scores.v1";
    public static final String SCORED_TYPE = "org.credalign.alignment.AlignmentScored.v1";
    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    /** What one pass did. */
    /**
     * What one pass did: state-years scored, how many of them changed and were rewritten, credential results
     * written, school years whose nation and ranks were recomputed, results published.
     */
    public record ScoringRun(int stateYears, int stateYearsChanged, int credentialResults, int schoolYears,
            int published, long millis) {
    }

    private final Methodology methodology;
    private final ScoringInputsRepository inputs;
    private final ResultsRepository results;
    private final ReadModelRepository readModel;
    private final ResultMapper mapper;
    private final OutboxAppender outbox;
    private final ObjectMapper objectMapper;
    private final ResultsGeneration generations;
    private final jakarta.transaction.TransactionSynchronizationRegistry registry;
    private volatile String lastFailure;
    private volatile boolean stopping;

    public ScoringService(Methodology methodology, ScoringInputsRepository inputs, ResultsRepository results,
            ReadModelRepository readModel, ResultMapper mapper, OutboxAppender outbox, ObjectMapper objectMapper,
            ResultsGeneration generations, jakarta.transaction.TransactionSynchronizationRegistry registry) {
        this.generations = generations;
        this.registry = registry;
        this.methodology = methodology;
        this.inputs = inputs;
        this.results = results;
        this.readModel = readModel;
        this.mapper = mapper;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    /** Results computed with other parameters (the configuration changed) are all recomputed. */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (results.anyResultWithOtherParameters(methodology.hash())) {
                LOG.infof("methodology parameters changed (now %s): rescoring everything", methodology.hash());
                readModel.markAllDirty();
            } else if (results.resultsMissing()) {
                LOG.info("results missing (unlogged tables emptied after a crash): rescoring everything");
                readModel.markAllDirty();
            }
        });
    }

    void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${alignment.scoring.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scoreQueued() {
        if (stopping) {
            return;
        }
        try {
            scorePending();
        } catch (RuntimeException e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!message.equals(lastFailure)) {
                LOG.warnf(e, "scoring pass failed; the queue is kept and retried");
            }
            lastFailure = message;
        }
    }

    /** Scores every queued state-year now. */
    public ScoringRun scorePending() {
        return score(false);
    }

    /** Queues every known state-year and scores them all in the same pass (the full national rescore). */
    public ScoringRun rescoreAll() {
        return score(true);
    }

    private synchronized ScoringRun score(boolean everything) {
        long start = System.nanoTime();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!results.tryScorerLock()) {
                return new ScoringRun(0, 0, 0, 0, 0, 0);
            }
            if (everything) {
                readModel.markAllDirty();
            }
            List<StateYearKey> queued = results.takeDirty();
            if (queued.isEmpty()) {
                return new ScoringRun(0, 0, 0, 0, 0, 0);
            }
            long t0 = System.nanoTime();
            ScoringInputsRepository.Loaded loaded = inputs.load(queued);
            long t1 = System.nanoTime();
            StateYearScorer scorer = new StateYearScorer(methodology.parameters(), loaded.catalog(),
                    loaded.occupations());
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            // Scoring is pure and per state-year: spread it over the cores.
            List<ResultsRepository.StateYearRows> rows = queued.parallelStream()
                    .map(key -> mapper.rows(scorer.score(loaded.stateYears().get(key)), now)).toList();
            long t2 = System.nanoTime();
            // Only state-years whose content changed are rewritten (an unchanged result keeps its computedAt).
            Map<StateYearKey, String> stored = results.contentHashes(queued);
            List<ResultsRepository.StateYearRows> changed = rows.stream().filter(r -> !(r.contentHash() + "|"
                    + methodology.hash()).equals(stored.get(new StateYearKey(r.state(), r.schoolYear())))).toList();
            results.replace(changed.stream().map(r -> new StateYearKey(r.state(), r.schoolYear())).toList(), changed);
            long t3 = System.nanoTime();
            TreeSet<Integer> years = new TreeSet<>(changed.stream().map(ResultsRepository.StateYearRows::schoolYear)
                    .toList());
            int published = 0;
            for (int year : years) {
                published += rankNationAndPublish(year, now);
            }
            long t4 = System.nanoTime();
            if (!changed.isEmpty()) {
                long generation = results.bumpGeneration();
                afterCommit(generation);
            }
            LOG.debugf("scored %d state-years: load %d ms, score %d ms, write %d ms, nations %d ms", queued.size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
            int credentialRows = changed.stream().mapToInt(r -> r.credentialRows().size()).sum();
            lastFailure = null;
            return new ScoringRun(queued.size(), changed.size(), credentialRows, years.size(), published,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** After the pass commits, this instance's cached answers are dropped at once (others follow by polling). */
    private void afterCommit(long generation) {
        registry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    generations.observed(generation);
                }
            }
        });
    }

    private int rankNationAndPublish(int year, Instant now) {
        Map<String, BigDecimal> scores = new HashMap<>();
        Map<String, Integer> currentRanks = new HashMap<>();
        for (ResultsRepository.ScoreRow row : results.scores(year)) {
            scores.put(row.state(), row.score());
            currentRanks.put(row.state(), row.rank());
        }
        Map<String, Integer> ranks = Ranking.competitionRanks(scores);
        for (String state : scores.keySet()) {
            Integer rank = ranks.get(state);
            if (!java.util.Objects.equals(rank, currentRanks.get(state))) {
                results.updateRank(state, year, rank);
            }
        }

        NationAggregator.NationScore nation = new NationAggregator(methodology.parameters()).aggregate(year,
                results.contributions(year).stream().map(c -> new NationAggregator.StateContribution(c.state(),
                        c.earned(), c.earnedInDemand(), c.postings(), c.inDemandSecondary(), c.inDemandNotEarned(),
                        c.cteConcentrators(), c.highSchoolEnrollment())).toList(),
                results.credentialSums(year).stream().map(c -> new NationAggregator.CredentialSums(c.credentialId(),
                        c.name(), c.type(), c.earned(), c.demanded(), c.statesInDemand())).toList());
        results.replaceNation(year, mapper.json(mapper.nation(nation, now)), OffsetDateTime.ofInstant(now,
                ZoneOffset.UTC), mapper.nationCredentialRows(nation));

        int published = 0;
        int ranked = ranks.size();
        for (ResultsRepository.Publishable p : results.publishables(year)) {
            // Mid-snapshot results are served but not published: subscribers see each submission once, whole.
            if (!p.attainmentComplete()) {
                continue;
            }
            String hash = p.contentHash() + ":" + p.rank() + ":" + ranked;
            if (hash.equals(p.publishedHash())) {
                continue;
            }
            long version = results.recordPublished(p.state(), year, hash);
            var summary = mapper.read(p.summary(), org.credalign.alignment.api.StateSummaryResponse.class)
                    .withRankAndNation(p.rank(), ranked, null);
            ObjectNode payload = objectMapper.valueToTree(summary);
            payload.remove("nation");
            payload.put("version", version);
            outbox.append(SCORES_TOPIC, p.state() + ":" + new SchoolYear(year), SCORED_TYPE, version,
                    "alignment-service", payload);
            published++;
        }
        return published;
    }
}
