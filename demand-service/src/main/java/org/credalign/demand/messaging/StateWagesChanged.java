package org.credalign.demand.messaging;

import java.util.List;

/** Event on {@code demand.state-wages.v1}, key = state: every year's all-occupation median wage of the state. */
public record StateWagesChanged(String state, List<Wage> wages, long version, String changedBy) {

    public static final String TOPIC = "demand.state-wages.v1";
    public static final String TYPE = "org.credalign.demand.StateWagesChanged.v1";

    public record Wage(int year, int medianAnnualWage) {
    }
}
