package org.credalign.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topics of docs/EVENTS.md and the producer each one names (catalog, attainment, demand, alignment). */
public record EventCatalog(Map<String, String> producerByTopic) {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9.-]+)`[^|]*\\|[^|]*\\|[^|]*\\|\\s*([a-z]+)\\s*\\|");

    public static EventCatalog read(Path eventsMarkdown) {
        try {
            Map<String, String> producers = new LinkedHashMap<>();
            for (String line : Files.readAllLines(eventsMarkdown)) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    producers.put(row.group(1), row.group(2));
                }
            }
            if (producers.isEmpty()) {
                throw new IllegalStateException(eventsMarkdown + " lists no topics");
            }
            return new EventCatalog(producers);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + eventsMarkdown, e);
        }
    }

    /** Whether EVENTS.md names this service (by its short name, e.g. "demand" for demand-service) as producer. */
    public boolean isProducer(String topic, ServiceModel service) {
        String producer = producerByTopic.get(topic);
        return producer != null && service.module().contains(producer);
    }
}
