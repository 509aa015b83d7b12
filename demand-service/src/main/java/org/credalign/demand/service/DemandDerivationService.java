package org.credalign.demand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.demand.domain.CredentialProfile;
import org.credalign.demand.domain.CredentialReplica;
import org.credalign.demand.domain.DemandRule;
import org.credalign.demand.domain.DerivedDemand;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.messaging.DemandChanged;
import org.credalign.demand.persistence.CredentialReplicaRepository;
import org.credalign.demand.persistence.DerivedDemandRepository;
import org.credalign.demand.persistence.PostingsRepository;
import org.credalign.demand.persistence.WriteLock;

/**
 * Recomputes the derived demand of given keys ({@link DemandRule}) inside the caller's transaction, and appends a
 * DemandChanged event for each key whose value, basis or presence changed; unchanged keys publish nothing. Callers
 * hold the {@link WriteLock} and pass only the keys their change can affect.
 */
@ApplicationScoped
public class DemandDerivationService {

    private final CredentialReplicaRepository catalog;
    private final PostingsRepository postings;
    private final DerivedDemandRepository derived;
    private final WriteLock lock;
    private final OutboxAppender outbox;

    public DemandDerivationService(CredentialReplicaRepository catalog, PostingsRepository postings,
            DerivedDemandRepository derived, WriteLock lock, OutboxAppender outbox) {
        this.catalog = catalog;
        this.postings = postings;
        this.derived = derived;
        this.lock = lock;
        this.outbox = outbox;
    }

    /** Returns how many keys changed (= DemandChanged events appended). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recompute(Map<StateYear, Set<String>> credentialsByScope, UUID importId, String changedBy) {
        Set<String> ids = new HashSet<>();
        credentialsByScope.values().forEach(ids::addAll);
        Map<String, CredentialProfile> profiles = new HashMap<>();
        for (CredentialReplica credential : catalog.byIds(ids)) {
            profiles.put(credential.id, credential.profile());
        }
        Set<String> socs = new HashSet<>();
        profiles.values().stream().filter(CredentialProfile::isLicense).forEach(p -> socs.addAll(p.occupations()));
        Set<StateYear> scopes = new HashSet<>(credentialsByScope.keySet());
        scopes.removeIf(scope -> credentialsByScope.get(scope).isEmpty());
        if (scopes.isEmpty()) {
            return 0;
        }
        PostingsRepository.DerivationInputs inputs = postings.derivationInputs(scopes, ids, socs);
        Map<StateYear, Map<String, DerivedDemandRepository.Stored>> storedByScope = derived.of(scopes, ids);
        List<Pending> pending = new ArrayList<>();
        for (StateYear scope : new TreeSet<>(scopes)) {
            Map<String, Long> credentialPostings = inputs.credentialPostings().getOrDefault(scope, Map.of());
            Map<String, Long> occupationPostings = inputs.withOccupationPostings().contains(scope)
                    ? inputs.occupationPostings().getOrDefault(scope, Map.of()) : null;
            Map<String, DerivedDemandRepository.Stored> stored = storedByScope.getOrDefault(scope, Map.of());
            for (String credentialId : new TreeSet<>(credentialsByScope.get(scope))) {
                CredentialProfile profile = profiles.get(credentialId);
                Optional<DerivedDemand> now = profile == null ? Optional.empty()
                        : DemandRule.derive(profile, scope.state(), credentialPostings.get(credentialId),
                                occupationPostings);
                DerivedDemandRepository.Stored before = stored.get(credentialId);
                if (now.isPresent()) {
                    DerivedDemand value = now.get();
                    if (before != null && !before.removed() && before.postings() == value.postings()
                            && before.basis() == value.basis()) {
                        continue;
                    }
                    pending.add(new Pending(scope, credentialId, value, false));
                } else {
                    if (before == null || before.removed()) {
                        continue;
                    }
                    // Removal: a full-state event with zero postings, keeping the last basis.
                    pending.add(new Pending(scope, credentialId, new DerivedDemand(0, before.basis()), true));
                }
            }
        }
        write(pending, importId, changedBy);
        return pending.size();
    }

    private record Pending(StateYear scope, String credentialId, DerivedDemand value, boolean removed) {
    }

    /** Stores the changes in bulk and appends one event each, versions ascending in key order. */
    private void write(List<Pending> pending, UUID importId, String changedBy) {
        List<Long> versions = lock.nextEventVersions(pending.size());
        List<DerivedDemandRepository.Change> changes = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            long version = versions.get(i);
            changes.add(new DerivedDemandRepository.Change(p.scope(), p.credentialId(), p.value().postings(),
                    p.value().basis(), p.removed(), version));
            DemandChanged event = new DemandChanged(p.scope().state(), p.scope().year(), p.credentialId(),
                    p.value().postings(), p.value().basis().name(), p.removed(), importId, version, changedBy);
            outbox.append(DemandChanged.TOPIC, event.key(), DemandChanged.TYPE, version, changedBy, event);
        }
        derived.upsertAll(changes, importId, changedBy);
    }
}
