package org.credalign.alignment.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credalign.alignment.domain.LevelTotals;
import org.credalign.alignment.persistence.ReadModelRepository;
import org.credalign.commons.api.SchoolYear;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the other services' events to the read model. Each apply is idempotent and keeps the newest version per
 * key; an unreadable message throws and goes to the dead-letter topic without blocking the ones behind it.
 */
@ApplicationScoped
public class ReadModelConsumers {

    private final ReadModelRepository readModel;
    private final ObjectMapper objectMapper;

    public ReadModelConsumers(ReadModelRepository readModel, ObjectMapper objectMapper) {
        this.readModel = readModel;
        this.objectMapper = objectMapper;
    }

    @Incoming("catalog-credentials")
    @Blocking
    @Transactional
    public void onCredentialChanged(ConsumerRecord<String, String> record) throws Exception {
        JsonNode event = objectMapper.readTree(record.value());
        readModel.upsertCredential(text(event, "id"), text(event, "name"), text(event, "issuer"), text(event, "type"),
                text(event, "status"), event.required("version").asLong());
    }

    @Incoming("attainment-earned")
    @Blocking
    @Transactional
    public void onAttainmentChanged(ConsumerRecord<String, String> record) throws Exception {
        JsonNode event = objectMapper.readTree(record.value());
        SchoolYear year = SchoolYear.parseOrNull(text(event, "schoolYear"));
        if (year == null) {
            throw new IllegalArgumentException("unreadable schoolYear in " + record.key());
        }
        LevelTotals totals = LevelTotals.NONE;
        for (JsonNode count : event.required("counts")) {
            totals = totals.plus(text(count, "level"), text(count, "subgroup"), count.required("earned").asInt());
        }
        readModel.upsertAttainment(text(event, "state"), year.endYear(), text(event, "credentialId"), totals,
                event.path("removed").asBoolean(false), event.required("version").asLong());
    }

    private static String text(JsonNode node, String field) {
        return node.required(field).asText();
    }
}
