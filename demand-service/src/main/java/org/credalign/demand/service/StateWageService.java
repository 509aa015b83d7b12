package org.credalign.demand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.ProblemException;
import org.credalign.demand.domain.ImportKind;
import org.credalign.demand.domain.ImportRow;
import org.credalign.demand.domain.ImportValidator;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.messaging.StateWagesChanged;
import org.credalign.demand.persistence.ImportRepository;
import org.credalign.demand.persistence.StateWageRepository;
import org.credalign.demand.persistence.WriteLock;

/** All-occupation median wages per state and year; every change publishes the state's full list. */
@ApplicationScoped
public class StateWageService {

    private final StateWageRepository wages;
    private final ImportRepository imports;
    private final WriteLock lock;
    private final OutboxAppender outbox;

    public StateWageService(StateWageRepository wages, ImportRepository imports, WriteLock lock,
            OutboxAppender outbox) {
        this.wages = wages;
        this.imports = imports;
        this.lock = lock;
        this.outbox = outbox;
    }

    @Transactional
    public List<StateWagesChanged.Wage> get(String state) {
        return asList(wages.wages(state));
    }

    /** Replaces the state's whole list (an empty list clears it); returns the stored list. */
    @Transactional
    public List<StateWagesChanged.Wage> put(String state, List<Map<String, String>> entries, String changedBy) {
        Map<Integer, Integer> byYear = new TreeMap<>();
        if (!entries.isEmpty()) {
            List<Map<String, String>> rows = entries.stream().map(e -> {
                Map<String, String> row = new java.util.LinkedHashMap<>(e);
                row.put("state", state);
                return row;
            }).toList();
            ImportValidator.Result result = ImportValidator.validateEntities(ImportKind.STATE_WAGES, rows, "wages",
                    Year.now().getValue());
            if (result.hasErrors()) {
                throw ProblemException.validation("State wages have invalid fields", result.errors().size()
                        + " invalid field(s)", result.errors());
            }
            result.accepted().forEach(r -> byYear.put(((ImportRow.StateWage) r).year(),
                    ((ImportRow.StateWage) r).medianAnnualWage()));
        }
        lock.acquire();
        TreeMap<Integer, Integer> before = wages.wages(state);
        if (!before.equals(byYear)) {
            wages.replace(state, byYear, changedBy);
            publish(state, changedBy);
        }
        // The API now holds every year of this state: earlier imports of it are no longer current.
        List<String> released = new ArrayList<>();
        before.keySet().forEach(year -> released.add(new StateYear(state, year).key()));
        byYear.keySet().forEach(year -> released.add(new StateYear(state, year).key()));
        imports.release(ImportKind.STATE_WAGES.slug(), released);
        return asList(wages.wages(state));
    }

    /** Applies an import's wages of one state (caller holds the lock); returns how many years changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyImport(String state, Map<Integer, Integer> delivered, String changedBy) {
        TreeMap<Integer, Integer> before = wages.wages(state);
        int changed = 0;
        for (Map.Entry<Integer, Integer> wage : delivered.entrySet()) {
            if (!Objects.equals(before.get(wage.getKey()), wage.getValue())) {
                wages.upsert(state, wage.getKey(), wage.getValue(), changedBy);
                changed++;
            }
        }
        if (changed > 0) {
            publish(state, changedBy);
        }
        return changed;
    }

    private void publish(String state, String changedBy) {
        long version = lock.nextEventVersion();
        StateWagesChanged event = new StateWagesChanged(state, asList(wages.wages(state)), version, changedBy);
        outbox.append(StateWagesChanged.TOPIC, state, StateWagesChanged.TYPE, version, changedBy, event);
    }

    private static List<StateWagesChanged.Wage> asList(TreeMap<Integer, Integer> byYear) {
        return byYear.entrySet().stream().map(e -> new StateWagesChanged.Wage(e.getKey(), e.getValue())).toList();
    }
}
