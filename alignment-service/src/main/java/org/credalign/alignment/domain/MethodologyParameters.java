package org.credalign.alignment.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every parameter of the alignment methodology (METHODOLOGY.md), with the rules that make a set of parameters
 * usable. Plain values so the domain math and its tests need no framework.
 *
 * @param version                   methodology version named in every result (e.g. {@code v1})
 * @param levels                    attainment levels counted as earned ({@code E})
 * @param ratioEdges                four edges of E/D between the five supply/demand categories
 * @param minVolume                 below this E + D a credential is {@code INSUFFICIENT_DATA}
 * @param inDemandMinPostings       D at or above this makes a credential in demand
 * @param weightEarnedInDemand      weight of pctEarnedInDemand in the alignment score
 * @param weightInDemandEarned      weight of (1 − pctInDemandNotEarned)
 * @param weightDataCollection      weight of dataCollectionScore / 5
 * @param alignmentEdges            score edges of MINIMALLY, MODERATELY and HIGHLY aligned (ascending)
 * @param wageFloorRatio            a dead end's best occupation wage is below this share of the state median
 * @param vendorAgreementsForPoint  data-sharing agreements needed for that data-collection point
 * @param minCellSize               subgroup counts below this are withheld in public outputs
 */
public record MethodologyParameters(String version, List<String> levels, List<BigDecimal> ratioEdges, int minVolume,
        int inDemandMinPostings, BigDecimal weightEarnedInDemand, BigDecimal weightInDemandEarned,
        BigDecimal weightDataCollection, List<BigDecimal> alignmentEdges, BigDecimal wageFloorRatio,
        int vendorAgreementsForPoint, int minCellSize) {

    public static final Set<String> KNOWN_LEVELS = Set.of("SECONDARY", "POSTSECONDARY");

    /** The documented defaults of methodology v1. */
    public static MethodologyParameters defaults() {
        return new MethodologyParameters("v1", List.of("SECONDARY"),
                List.of(new BigDecimal("0.5"), new BigDecimal("0.8"), new BigDecimal("1.25"), new BigDecimal("2.0")),
                10, 50, new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2"),
                List.of(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("75")), new BigDecimal("0.8"), 2, 10);
    }

    /** What is wrong with these parameters, one message per broken rule naming the parameter; empty when usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank()) {
            problems.add("version must not be blank");
        }
        if (levels == null || levels.isEmpty() || !KNOWN_LEVELS.containsAll(levels)) {
            problems.add("levels must be a non-empty subset of " + KNOWN_LEVELS + ", got " + levels);
        }
        checkIncreasingPositive("ratio-edges", ratioEdges, 4, problems);
        checkIncreasingPositive("alignment-edges", alignmentEdges, 3, problems);
        if (alignmentEdges != null && !alignmentEdges.isEmpty()
                && alignmentEdges.get(alignmentEdges.size() - 1).compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("alignment-edges must not exceed 100, got " + alignmentEdges);
        }
        if (minVolume < 1) {
            problems.add("min-volume must be ≥ 1, got " + minVolume);
        }
        if (inDemandMinPostings < 1) {
            problems.add("in-demand-min-postings must be ≥ 1, got " + inDemandMinPostings);
        }
        List<BigDecimal> weights = List.of(weightEarnedInDemand, weightInDemandEarned, weightDataCollection);
        if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            problems.add("weights must all be ≥ 0, got " + weights);
        } else if (weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0) {
            problems.add("weights must sum to 1, got " + weights + " (sum "
                    + weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString() + ")");
        }
        if (wageFloorRatio == null || wageFloorRatio.signum() <= 0) {
            problems.add("wage-floor-ratio must be > 0, got " + wageFloorRatio);
        }
        if (vendorAgreementsForPoint < 1) {
            problems.add("vendor-agreements-for-point must be ≥ 1, got " + vendorAgreementsForPoint);
        }
        if (minCellSize < 1) {
            problems.add("min-cell-size must be ≥ 1, got " + minCellSize);
        }
        return problems;
    }

    private static void checkIncreasingPositive(String name, List<BigDecimal> edges, int count, List<String> problems) {
        if (edges == null || edges.size() != count) {
            problems.add(name + " must have exactly " + count + " values, got " + edges);
            return;
        }
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).signum() <= 0) {
                problems.add(name + " must all be > 0, got " + edges);
                return;
            }
            if (i > 0 && edges.get(i).compareTo(edges.get(i - 1)) <= 0) {
                problems.add(name + " must be strictly increasing, got " + edges);
                return;
            }
        }
    }

    /** Every parameter by its configuration name, in a fixed order (also the input of {@link #hash()}). */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("levels", levels);
        map.put("ratioEdges", ratioEdges.stream().map(BigDecimal::toPlainString).toList());
        map.put("minVolume", minVolume);
        map.put("inDemandMinPostings", inDemandMinPostings);
        map.put("weightEarnedInDemand", weightEarnedInDemand.toPlainString());
        map.put("weightInDemandEarned", weightInDemandEarned.toPlainString());
        map.put("weightDataCollection", weightDataCollection.toPlainString());
        map.put("alignmentEdges", alignmentEdges.stream().map(BigDecimal::toPlainString).toList());
        map.put("wageFloorRatio", wageFloorRatio.toPlainString());
        map.put("vendorAgreementsForPoint", vendorAgreementsForPoint);
        map.put("minCellSize", minCellSize);
        return map;
    }

    /**
     * A short fingerprint of the version and every parameter, so two deployments with different parameters never
     * look alike. Numbers are compared by value (0.50 and 0.5 hash the same).
     */
    public String hash() {
        StringBuilder canonical = new StringBuilder(version);
        asMap().forEach((name, value) -> canonical.append('|').append(name).append('=').append(canonicalValue(value)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonicalValue(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(MethodologyParameters::canonicalValue).toList().toString();
        }
        if (value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
