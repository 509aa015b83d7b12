package org.credalign.alignment.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.credalign.alignment.domain.LevelTotals;
import org.credalign.alignment.persistence.ReadModelRepository;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.messaging.EventFields;

/**
 * Turns one event of a consumed topic (docs/EVENTS.md) into a version-guarded read-model write and, when it changed
 * something, queues the state-years whose scores it affects. Used by the live consumers and by the rebuild replay,
 * so both apply exactly the same rules. Throws on an unreadable event (the caller dead-letters it).
 */
@ApplicationScoped
public class EventApplier {

    public static final String CREDENTIALS = "catalog.credentials.v1";
    public static final String APPROVALS = "catalog.state-approvals.v1";
    public static final String ATTAINMENT = "attainment.earned.v1";
    public static final String PROFILES = "attainment.state-profiles.v1";
    public static final String DEMAND = "demand.credentials.v1";
    public static final String OCCUPATIONS = "demand.occupations.v1";
    public static final String STATE_WAGES = "demand.state-wages.v1";
    public static final List<String> TOPICS = List.of(CREDENTIALS, APPROVALS, ATTAINMENT, PROFILES, DEMAND,
            OCCUPATIONS, STATE_WAGES);

    public static final String ATTAINMENT_CHANGED = "org.credalign.attainment.AttainmentChanged.v1";
    public static final String SNAPSHOT_COMPLETED = "org.credalign.attainment.AttainmentSnapshotCompleted.v1";

    private final ReadModelRepository readModel;
    private final ObjectMapper objectMapper;

    public EventApplier(ReadModelRepository readModel, ObjectMapper objectMapper) {
        this.readModel = readModel;
        this.objectMapper = objectMapper;
    }

    /** Applies one event; returns whether the read model changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String topic, String key, String ceType, String value) throws Exception {
        if (value == null) {
            throw new IllegalArgumentException("empty body (tombstones are not used) for key " + key);
        }
        JsonNode event = objectMapper.readTree(value);
        return switch (topic) {
            case CREDENTIALS -> credential(event);
            case APPROVALS -> approvals(event);
            case ATTAINMENT -> attainment(key, ceType, event);
            case PROFILES -> profile(event);
            case DEMAND -> demand(event);
            case OCCUPATIONS -> occupation(event);
            case STATE_WAGES -> stateWages(event);
            default -> throw new IllegalArgumentException("not a consumed topic: " + topic);
        };
    }

    private boolean credential(JsonNode e) {
        String id = text(e, "id");
        boolean changed = readModel.upsertCredential(id, text(e, "name"), e.path("issuer").asText(""),
                text(e, "type"), e.path("status").asText("ACTIVE"), strings(e.path("clusters")),
                strings(e.path("occupations")), e.path("secondaryAppropriate").asBoolean(true),
                strings(e.path("requiredInStates")), version(e));
        if (changed) {
            readModel.markCredentialDirty(id);
        }
        return changed;
    }

    private boolean approvals(JsonNode e) {
        String state = text(e, "state");
        List<ReadModelRepository.ApprovalRow> entries = new ArrayList<>();
        for (JsonNode entry : array(e, "entries")) {
            entries.add(new ReadModelRepository.ApprovalRow(text(entry, "credentialId"), text(entry, "status"),
                    date(entry, "approvedOn"), date(entry, "reviewDue"), decimal(entry, "incentiveAmount")));
        }
        boolean changed = readModel.replaceApprovals(state, entries, version(e));
        if (changed) {
            readModel.markStateDirty(state);
        }
        return changed;
    }

    private boolean attainment(String key, String ceType, JsonNode e) {
        String state = text(e, "state");
        int year = schoolYear(e, key);
        boolean changed;
        if (SNAPSHOT_COMPLETED.equals(ceType)) {
            changed = readModel.upsertSnapshotMarker(state, year, text(e, "submissionId"),
                    Math.toIntExact(whole(e, "keyCount")), version(e));
        } else if (ceType == null || ATTAINMENT_CHANGED.equals(ceType)) {
            LevelTotals totals = LevelTotals.NONE;
            for (JsonNode count : array(e, "counts")) {
                totals = totals.plus(text(count, "level"), text(count, "subgroup"),
                        Math.toIntExact(whole(count, "earned")));
            }
            changed = readModel.upsertAttainment(state, year, text(e, "credentialId"), totals,
                    e.path("removed").asBoolean(false), e.path("submissionId").asText(null), version(e));
        } else {
            throw new IllegalArgumentException("unknown ce_type '" + ceType + "' on " + ATTAINMENT);
        }
        if (changed) {
            readModel.markDirty(state, year);
        }
        return changed;
    }

    private boolean profile(JsonNode e) {
        String state = text(e, "state");
        int year = schoolYear(e, state);
        boolean changed = readModel.upsertProfile(state, year, new ReadModelRepository.ProfileRow(
                e.path("collectsSecondary").asBoolean(false), e.path("collectsPostsecondary").asBoolean(false),
                e.path("vendorDataSharingAgreements").asInt(0), e.path("credentialsInEssaPlan").asBoolean(false),
                e.path("incentivePolicy").asBoolean(false), e.path("maintainsApprovedList").asBoolean(false),
                integer(e, "yearsOfDataAvailable"), integer(e, "highSchoolEnrollment"),
                integer(e, "cteConcentrators")), version(e));
        if (changed) {
            readModel.markDirty(state, year);
        }
        return changed;
    }

    private boolean demand(JsonNode e) {
        String state = text(e, "state");
        int year = Math.toIntExact(whole(e, "year"));
        boolean removed = e.path("removed").asBoolean(false);
        boolean changed = readModel.upsertDemand(state, year, text(e, "credentialId"),
                removed ? 0 : whole(e, "postings"), e.path("basis").asText("DIRECT"), removed,
                e.path("importId").asText(null), version(e));
        if (changed) {
            readModel.markDirty(state, year); // calendar year Y feeds the school year ending in Y
        }
        return changed;
    }

    private boolean occupation(JsonNode e) {
        boolean changed = readModel.upsertOccupation(text(e, "soc"), e.path("title").asText(null),
                decimal(e, "medianAnnualWage"), integer(e, "employment"), decimal(e, "projectedGrowthPct"),
                strings(e.path("clusters")), e.path("removed").asBoolean(false), version(e));
        if (changed) {
            readModel.markAllDirty(); // wages and cluster occupations appear in every state's results
        }
        return changed;
    }

    private boolean stateWages(JsonNode e) {
        String state = text(e, "state");
        List<ReadModelRepository.WageRow> wages = new ArrayList<>();
        for (JsonNode wage : array(e, "wages")) {
            wages.add(new ReadModelRepository.WageRow(Math.toIntExact(whole(wage, "year")),
                    new BigDecimal(wage.required("medianAnnualWage").asText())));
        }
        boolean changed = readModel.replaceStateWages(state, wages, version(e));
        if (changed) {
            readModel.markStateDirty(state);
        }
        return changed;
    }

    private static int schoolYear(JsonNode e, String where) {
        SchoolYear year = SchoolYear.parseOrNull(text(e, "schoolYear"));
        if (year == null) {
            throw new IllegalArgumentException("unreadable schoolYear in " + where);
        }
        return year.endYear();
    }

    private static long version(JsonNode e) {
        return EventFields.version(e);
    }

    private static String text(JsonNode node, String field) {
        return EventFields.text(node, field);
    }

    /** A required whole number (Jackson's asLong would read text or a fraction as something else). */
    private static long whole(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(field + " must be a whole number, was " + value);
        }
        return value.asLong();
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array, was " + value.getNodeType());
        }
        return value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asInt();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
