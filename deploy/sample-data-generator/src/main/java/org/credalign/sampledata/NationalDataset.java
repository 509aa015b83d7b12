package org.credalign.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.credalign.sampledata.ReferenceData.CredentialRef;
import org.credalign.sampledata.ReferenceData.OccupationRef;
import org.credalign.sampledata.ReferenceData.StateRef;

/**
 * Builds the national sample from the reference data and a seed. Every random draw comes from a generator seeded by
 * (seed, purpose, key), so one state's numbers do not depend on the order of the others and a run is repeatable.
 *
 * <p>Shape, after what Credentials Matter and Advance CTE published (../shared/notes/DOMAIN.md): about 30 states
 * report attainment, four of them also postsecondary; 44 publish an approved list; every state has demand;
 * volumes scale with population and CTE concentrators; general career readiness credentials are earned a lot and
 * asked for little, so only a minority of what is earned is in demand.
 */
final class NationalDataset {

    /** School years with attainment, written as the API writes them. */
    static final List<String> SCHOOL_YEARS = List.of("2021-22", "2022-23", "2023-24");
    /** Calendar years with demand: the ending years of the school years, plus 2019 for New Jersey 2018-19. */
    static final List<Integer> DEMAND_YEARS = List.of(2019, 2022, 2023, 2024);

    static final Set<String> ATTAINMENT_STATES = Set.of("AL", "AR", "AZ", "CO", "DE", "FL", "GA", "ID", "IN", "IA",
            "KS", "KY", "LA", "MD", "MI", "MN", "MO", "MS", "NC", "NJ", "NY", "OH", "OK", "PA", "SC", "TN", "TX", "UT",
            "VA", "WA");
    static final Set<String> POSTSECONDARY_STATES = Set.of("FL", "KY", "TX", "WA");
    static final Set<String> VENDOR_SHARING_STATES = Set.of("TN", "IN", "MI", "NC");
    /** States with an approved list but no attainment data (map category LIST). */
    static final Set<String> LIST_ONLY_STATES = Set.of("AK", "CT", "HI", "IL", "MA", "ME", "NE", "NH", "NM", "NV",
            "OR", "RI", "SD", "WI");
    /** Attainment states that never sent a data-collection profile (scored with a data-collection score of 0). */
    static final Set<String> WITHOUT_PROFILE = Set.of("AZ", "GA");

    /** Calibrated so that New Jersey's most demanded credential lands near its published 2019 count. */
    private static final double CREDENTIAL_POSTINGS_PER_MILLION_PER_WEIGHT = 11.8;
    private static final double OCCUPATION_POSTINGS_PER_MILLION_PER_WEIGHT = 1.8;
    static final double DEMAND_SKEW = 2.5;

    private final ReferenceData reference;
    private final long seed;

    NationalDataset(ReferenceData reference, long seed) {
        this.reference = reference;
        this.seed = seed;
    }

    record AttainmentRow(String credentialId, String level, String subgroup, int earned) {
    }

    record ApprovalEntry(String credentialId, String status, LocalDate approvedOn, LocalDate reviewDue,
            Integer incentiveAmount) {
    }

    record Profile(String state, String schoolYear, boolean collectsSecondary, boolean collectsPostsecondary,
            int vendorDataSharingAgreements, boolean credentialsInEssaPlan, boolean incentivePolicy,
            boolean maintainsApprovedList, int yearsOfDataAvailable, int highSchoolEnrollment, int cteConcentrators) {
    }

    record Postings(String state, int year, String key, int postings) {
    }

    SplittableRandom random(String purpose, String key) {
        long h = 1125899906842597L;
        for (char ch : (purpose + "|" + key).toCharArray()) {
            h = 31 * h + ch;
        }
        return new SplittableRandom(seed ^ (h * 0x9E3779B97F4A7C15L));
    }

    static double lognormal(SplittableRandom random, double sigma) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.exp(sigma * normal - sigma * sigma / 2);
    }

    boolean hasApprovedList(String state) {
        return ATTAINMENT_STATES.contains(state) || LIST_ONLY_STATES.contains(state);
    }

    /** A state's approved list: mostly commonly earned, secondary-appropriate credentials. */
    List<ApprovalEntry> approvedList(StateRef state) {
        if (!hasApprovedList(state.state())) {
            return List.of();
        }
        int incentive = incentiveAmount(state.state());
        List<ApprovalEntry> entries = new ArrayList<>();
        for (CredentialRef credential : reference.credentials()) {
            SplittableRandom random = random("approved", state.state() + ":" + credential.id());
            double probability = credential.secondaryAppropriate()
                    ? 0.15 + 0.6 * Math.min(1.0, credential.earnedWeight() / 400.0) : 0.03;
            if (random.nextDouble() >= probability) {
                continue;
            }
            double draw = random.nextDouble();
            String status = draw < 0.82 ? "APPROVED" : draw < 0.90 ? "UNDER_REVIEW" : draw < 0.96 ? "PHASING_OUT"
                    : "REMOVED";
            LocalDate approvedOn = LocalDate.of(2018 + random.nextInt(5), 1 + random.nextInt(12), 1);
            entries.add(new ApprovalEntry(credential.id(), status, approvedOn, approvedOn.plusYears(3),
                    incentive > 0 ? incentive : null));
        }
        return entries;
    }

    /** Incentive dollars per credential earned; Colorado's $1,000 is the published anchor. */
    int incentiveAmount(String state) {
        if (state.equals("CO")) {
            return 1000;
        }
        SplittableRandom random = random("incentive", state);
        return random.nextDouble() < 0.45 ? 250 * (1 + random.nextInt(4)) : 0;
    }

    Profile profile(StateRef state, String schoolYear) {
        boolean reports = ATTAINMENT_STATES.contains(state.state());
        int yearIndex = SCHOOL_YEARS.indexOf(schoolYear);
        SplittableRandom random = random("profile", state.state());
        return new Profile(state.state(), schoolYear, reports, POSTSECONDARY_STATES.contains(state.state()),
                VENDOR_SHARING_STATES.contains(state.state()) ? 2 + random.nextInt(3) : random.nextInt(2),
                reports && random.nextDouble() < 0.6, incentiveAmount(state.state()) > 0,
                hasApprovedList(state.state()), reports ? 3 + random.nextInt(5) + Math.max(0, yearIndex) : 0,
                scaleByYear(state.hsEnrollment(), schoolYear, 0.004),
                scaleByYear(state.cteConcentrators(), schoolYear, 0.02));
    }

    private static int scaleByYear(int base2024, String schoolYear, double growthPerYear) {
        int yearsBefore = SCHOOL_YEARS.size() - 1 - Math.max(0, SCHOOL_YEARS.indexOf(schoolYear));
        return (int) Math.round(base2024 / Math.pow(1 + growthPerYear, yearsBefore));
    }

    /** Aggregate attainment rows of a state-year: ALL per credential and level, then every subgroup split. */
    List<AttainmentRow> attainment(StateRef state, String schoolYear, Set<String> approved) {
        SplittableRandom stateRandom = random("attainment-rate", state.state());
        double rate = 0.25 + 0.30 * stateRandom.nextDouble();
        int yearIndex = SCHOOL_YEARS.indexOf(schoolYear);
        double total = state.cteConcentrators() * rate * (0.86 + 0.07 * yearIndex);
        Map<String, Double> weights = new TreeMap<>();
        for (CredentialRef credential : reference.credentials()) {
            SplittableRandom random = random("attainment-weight", state.state() + ":" + credential.id());
            double weight = credential.earnedWeight() * lognormal(random, 0.7)
                    * (approved.contains(credential.id()) ? 1.0 : 0.3)
                    * (credential.secondaryAppropriate() ? 1.0 : 0.05);
            if (weight > 2.0) {
                weights.put(credential.id(), weight);
            }
        }
        double weightSum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<AttainmentRow> rows = new ArrayList<>();
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            CredentialRef credential = credential(entry.getKey());
            SplittableRandom yearRandom = random("attainment-year", state.state() + ":" + schoolYear + ":"
                    + credential.id());
            int secondary = (int) Math.round(total * entry.getValue() / weightSum * (0.9 + 0.2 * yearRandom.nextDouble()));
            if (secondary > 0) {
                rows.addAll(withSubgroups(state, credential, "SECONDARY", secondary));
            }
            if (POSTSECONDARY_STATES.contains(state.state()) && !credential.type().equals("GENERAL_CAREER_READINESS")) {
                int postsecondary = (int) Math.round(secondary * 0.12 * (0.5 + yearRandom.nextDouble()));
                if (postsecondary > 0) {
                    rows.addAll(withSubgroups(state, credential, "POSTSECONDARY", postsecondary));
                }
            }
        }
        return rows;
    }

    private List<AttainmentRow> withSubgroups(StateRef state, CredentialRef credential, String level, int all) {
        List<AttainmentRow> rows = new ArrayList<>();
        rows.add(new AttainmentRow(credential.id(), level, "ALL", all));
        double female = femaleShare(credential.clusters());
        addSplit(rows, credential.id(), level, all, Map.of("SEX:F", female, "SEX:M", 1 - female - 0.004,
                "SEX:X", 0.004));
        addSplit(rows, credential.id(), level, all, raceShares(state.state()));
        addSplit(rows, credential.id(), level, all, Map.of("ECON:DISADVANTAGED", 0.45, "ECON:NOT_DISADVANTAGED", 0.55));
        // SWD and EL are single cells (no complement is reported), so only their own count is given.
        rows.add(new AttainmentRow(credential.id(), level, "SWD", (int) Math.round(all * 0.13)));
        rows.add(new AttainmentRow(credential.id(), level, "EL", (int) Math.round(all * 0.08)));
        return rows;
    }

    private static void addSplit(List<AttainmentRow> rows, String credentialId, String level, int all,
            Map<String, Double> shares) {
        Splits.split(all, new TreeMap<>(shares)).forEach((subgroup, earned) ->
                rows.add(new AttainmentRow(credentialId, level, subgroup, earned)));
    }

    /** Career fields with well-known gender skews (health and human services vs construction and transport). */
    private static double femaleShare(List<String> clusters) {
        if (clusters.contains("HS") || clusters.contains("HU") || clusters.contains("ED")) {
            return 0.78;
        }
        if (clusters.contains("AC") || clusters.contains("MN") || clusters.contains("TD")) {
            return 0.12;
        }
        if (clusters.contains("IT") || clusters.contains("ST")) {
            return 0.25;
        }
        return 0.5;
    }

    private Map<String, Double> raceShares(String state) {
        SplittableRandom random = random("race", state);
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("RACE:WHITE", 0.46 * lognormal(random, 0.3));
        shares.put("RACE:HISPANIC", 0.28 * lognormal(random, 0.5));
        shares.put("RACE:BLACK", 0.15 * lognormal(random, 0.6));
        shares.put("RACE:ASIAN", 0.05 * lognormal(random, 0.5));
        shares.put("RACE:TWO_OR_MORE", 0.045 * lognormal(random, 0.3));
        shares.put("RACE:AMERICAN_INDIAN", 0.01 * lognormal(random, 0.9));
        shares.put("RACE:PACIFIC_ISLANDER", 0.004 * lognormal(random, 0.9));
        return shares;
    }

    /** Postings requesting each non-license credential in a state and calendar year. */
    List<Postings> credentialPostings(StateRef state, int year) {
        List<Postings> postings = new ArrayList<>();
        for (CredentialRef credential : reference.credentials()) {
            if (credential.type().equals("LICENSE") || credential.demandWeight() == 0) {
                continue;
            }
            SplittableRandom stateRandom = random("demand-state", state.state() + ":" + credential.id());
            SplittableRandom yearRandom = random("demand-year", state.state() + ":" + year + ":" + credential.id());
            double perMillion = skewed(credential.demandWeight()) * CREDENTIAL_POSTINGS_PER_MILLION_PER_WEIGHT;
            int count = (int) Math.round(state.population() / 1e6 * perMillion * lognormal(stateRandom, 0.35)
                    * yearFactor(year) * (0.92 + 0.16 * yearRandom.nextDouble()));
            if (count > 0) {
                postings.add(new Postings(state.state(), year, credential.id(), count));
            }
        }
        return postings;
    }

    /** Postings of each occupation in a state and calendar year (licenses are measured through these). */
    List<Postings> occupationPostings(StateRef state, int year) {
        List<Postings> postings = new ArrayList<>();
        for (OccupationRef occupation : reference.occupations()) {
            SplittableRandom stateRandom = random("occupation-state", state.state() + ":" + occupation.soc());
            SplittableRandom yearRandom = random("occupation-year", state.state() + ":" + year + ":" + occupation.soc());
            int count = (int) Math.round(state.population() / 1e6 * occupation.postingsWeight()
                    * OCCUPATION_POSTINGS_PER_MILLION_PER_WEIGHT * lognormal(stateRandom, 0.3) * yearFactor(year)
                    * (0.92 + 0.16 * yearRandom.nextDouble()));
            if (count > 0) {
                postings.add(new Postings(state.state(), year, occupation.soc(), count));
            }
        }
        return postings;
    }

    /**
     * Postings are far more concentrated than a linear weight suggests: a handful of credentials (Microsoft Office,
     * nursing, automotive) draw most requests and most others almost none, which is why only about a fifth of what
     * students earn is in demand. The weight is raised to DEMAND_SKEW and rescaled so 1000 stays 1000.
     */
    static double skewed(int weight) {
        return 1000 * Math.pow(weight / 1000.0, DEMAND_SKEW);
    }

    /** Posting volumes dipped after 2022's peak (labor-market cycle), so years differ. */
    private static double yearFactor(int year) {
        return switch (year) {
            case 2019 -> 0.85;
            case 2022 -> 1.10;
            case 2023 -> 1.0;
            default -> 0.93;
        };
    }

    /** The state's all-occupation median wage by calendar year (about 3.5% nominal growth a year up to 2023). */
    int stateMedianWage(StateRef state, int year) {
        return (int) Math.round(state.medianAnnualWage() / Math.pow(1.035, 2023 - year) / 10.0) * 10;
    }

    CredentialRef credential(String id) {
        return reference.credentials().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown credential " + id));
    }

    ReferenceData reference() {
        return reference;
    }
}
