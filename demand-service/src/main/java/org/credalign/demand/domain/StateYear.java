package org.credalign.demand.domain;

/** A state and calendar year: the scope postings and wages are delivered and replaced in. */
public record StateYear(String state, int year) implements Comparable<StateYear> {

    public String key() {
        return state + ":" + year;
    }

    @Override
    public int compareTo(StateYear other) {
        int byState = state.compareTo(other.state);
        return byState != 0 ? byState : Integer.compare(year, other.year);
    }
}
