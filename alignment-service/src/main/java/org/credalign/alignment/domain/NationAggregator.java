package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Nation figures for one school year over the states scored that year. In-demand is judged state by state (the
 * states' counts are summed), never on summed postings; the per-credential category comes from summed E and D.
 * The nation has no data-collection score, alignment score or category.
 */
public final class NationAggregator {

    /** What one scored state contributes. */
    public record StateContribution(String state, long earned, long earnedInDemand, long postings,
            int inDemandSecondaryAppropriate, int inDemandNotEarned, Integer cteConcentrators,
            Integer highSchoolEnrollment) {
    }

    /** One credential summed over the scored states; {@code statesInDemand} counts states where it is in demand. */
    public record CredentialSums(String credentialId, String name, String type, long earned, long demanded,
            int statesInDemand) {
    }

    public record NationCredential(String credentialId, String name, String type, long earned, long demanded,
            BigDecimal ratio, SupplyDemandCategory category, int statesInDemand) {
    }

    public record NationScore(int schoolYear, int statesScored, List<String> states, BigDecimal pctEarnedInDemand,
            BigDecimal pctInDemandNotEarned, long credentialsEarned, long earnedInDemand, long postings,
            int credentialsInDemandSecondaryAppropriate, int inDemandNotEarned, BigDecimal perHundredConcentrators,
            int statesWithConcentrators, BigDecimal perThousandStudents, int statesWithEnrollment,
            List<NationCredential> credentials) {
    }

    private final SupplyDemand supplyDemand;

    public NationAggregator(MethodologyParameters parameters) {
        this.supplyDemand = new SupplyDemand(parameters);
    }

    public NationScore aggregate(int schoolYear, List<StateContribution> states, List<CredentialSums> sums) {
        long earned = 0;
        long earnedInDemand = 0;
        long postings = 0;
        int inDemand = 0;
        int notEarned = 0;
        long earnedWithConcentrators = 0;
        long concentrators = 0;
        int statesWithConcentrators = 0;
        long earnedWithEnrollment = 0;
        long enrollment = 0;
        int statesWithEnrollment = 0;
        for (StateContribution s : states) {
            earned += s.earned();
            earnedInDemand += s.earnedInDemand();
            postings += s.postings();
            inDemand += s.inDemandSecondaryAppropriate();
            notEarned += s.inDemandNotEarned();
            // Per-student totals use only the states that report the denominator, numerator and denominator alike.
            if (s.cteConcentrators() != null && s.cteConcentrators() > 0) {
                earnedWithConcentrators += s.earned();
                concentrators += s.cteConcentrators();
                statesWithConcentrators++;
            }
            if (s.highSchoolEnrollment() != null && s.highSchoolEnrollment() > 0) {
                earnedWithEnrollment += s.earned();
                enrollment += s.highSchoolEnrollment();
                statesWithEnrollment++;
            }
        }
        List<NationCredential> credentials = new ArrayList<>();
        for (CredentialSums c : sums) {
            SupplyDemand.Classification classification = supplyDemand.classify(c.earned(), c.demanded());
            if (classification != null) {
                credentials.add(new NationCredential(c.credentialId(), c.name(), c.type(), c.earned(), c.demanded(),
                        SupplyDemand.ratio(c.earned(), c.demanded()), classification.category(), c.statesInDemand()));
            }
        }
        credentials.sort(Comparator.comparingLong(NationCredential::earned).reversed()
                .thenComparing(Comparator.comparingLong(NationCredential::demanded).reversed())
                .thenComparing(NationCredential::credentialId));
        return new NationScore(schoolYear, states.size(),
                states.stream().map(StateContribution::state).sorted().toList(),
                AlignmentMath.fraction(earnedInDemand, earned), AlignmentMath.fraction(notEarned, inDemand), earned,
                earnedInDemand, postings, inDemand, notEarned,
                concentrators == 0 ? null : perLarge(earnedWithConcentrators, 100, concentrators),
                statesWithConcentrators,
                enrollment == 0 ? null : perLarge(earnedWithEnrollment, 1000, enrollment), statesWithEnrollment,
                credentials);
    }

    private static BigDecimal perLarge(long numerator, long per, long denominator) {
        return BigDecimal.valueOf(numerator * per).divide(BigDecimal.valueOf(denominator), 2,
                java.math.RoundingMode.HALF_UP);
    }
}
