package org.credalign.demand.domain;

/** The demand of one credential in one state and calendar year: unique postings and why. */
public record DerivedDemand(long postings, DemandBasis basis) {
}
