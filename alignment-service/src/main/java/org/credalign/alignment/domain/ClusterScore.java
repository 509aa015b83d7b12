package org.credalign.alignment.domain;

import java.util.List;

/** One Career Cluster in a state-year; a credential counts in each of its clusters, so totals overlap. */
public record ClusterScore(String cluster, int credentials, long earned, long earnedInDemand, long postings,
        List<Inputs.Occupation> occupations) {
}
