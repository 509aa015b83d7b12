package org.credalign.sampledata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a whole count over shares so the parts are whole numbers that add up exactly (largest remainder). */
final class Splits {

    private Splits() {
    }

    static Map<String, Integer> split(int total, Map<String, Double> shares) {
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, Double> remainders = new LinkedHashMap<>();
        int assigned = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            double exact = total * share.getValue() / sum;
            int floor = (int) Math.floor(exact);
            parts.put(share.getKey(), floor);
            remainders.put(share.getKey(), exact - floor);
            assigned += floor;
        }
        List<String> byRemainder = remainders.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < total - assigned; i++) {
            String key = byRemainder.get(i % byRemainder.size());
            parts.merge(key, 1, Integer::sum);
        }
        return parts;
    }
}
