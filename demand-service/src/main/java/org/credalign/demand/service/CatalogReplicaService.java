package org.credalign.demand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credalign.demand.domain.CredentialDirectory.ExternalCode;
import org.credalign.demand.domain.CredentialProfile;
import org.credalign.demand.domain.CredentialReplica;
import org.credalign.demand.domain.StateYear;
import org.credalign.demand.persistence.CredentialReplicaRepository;
import org.credalign.demand.persistence.DerivedDemandRepository;
import org.credalign.demand.persistence.PostingsRepository;
import org.credalign.demand.persistence.WriteLock;

/**
 * Applies catalog.credentials.v1 to the replica, only when the version is newer (replays and late messages change
 * nothing). When the credential's type, occupations or required states changed, its derived demand is recomputed
 * in every state-year where it has or had a value, and, for a license, every state-year with occupation postings.
 */
@ApplicationScoped
public class CatalogReplicaService {

    private final CredentialReplicaRepository replica;
    private final PostingsRepository postings;
    private final DerivedDemandRepository derived;
    private final DemandDerivationService derivation;
    private final WriteLock lock;

    public CatalogReplicaService(CredentialReplicaRepository replica, PostingsRepository postings,
            DerivedDemandRepository derived, DemandDerivationService derivation, WriteLock lock) {
        this.replica = replica;
        this.postings = postings;
        this.derived = derived;
        this.derivation = derivation;
        this.lock = lock;
    }

    /** The parts of a CredentialChanged event this service keeps. */
    public record CredentialEvent(String id, String type, List<String> occupations, List<String> requiredInStates,
            List<ExternalCode> externalCodes, String status, long version, String changedBy) {
    }

    /** Returns whether the replica changed. */
    @Transactional
    public boolean apply(CredentialEvent event) {
        lock.acquire();
        CredentialReplica credential = replica.findById(event.id());
        if (credential != null && credential.version >= event.version()) {
            return false;
        }
        CredentialProfile before = credential == null ? null : credential.profile();
        if (credential == null) {
            credential = new CredentialReplica();
            credential.id = event.id();
        }
        credential.type = event.type();
        credential.occupations = List.copyOf(event.occupations());
        credential.requiredInStates = List.copyOf(event.requiredInStates());
        credential.status = event.status();
        credential.version = event.version();
        replica.persistAndFlush(credential);
        replica.replaceExternalCodes(event.id(), event.externalCodes());

        CredentialProfile after = credential.profile();
        if (after.derivationInputsDiffer(before)) {
            Set<StateYear> scopes = new HashSet<>(postings.credentialScopes(event.id()));
            scopes.addAll(derived.scopesOf(event.id()));
            if (after.isLicense()) {
                scopes.addAll(postings.occupationScopes());
            }
            Map<StateYear, Set<String>> keys = scopes.stream()
                    .collect(Collectors.toMap(scope -> scope, scope -> Set.of(event.id())));
            derivation.recompute(keys, null, event.changedBy());
        }
        return true;
    }
}
