package org.credalign.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.credalign.catalog.domain.StateApprovalList;

@ApplicationScoped
public class StateApprovalRepository implements PanacheRepositoryBase<StateApprovalList, StateApprovalList.Key> {

    /** The state's current list, or null when it never had one. */
    public StateApprovalList current(String state) {
        return find("key.state = ?1 order by key.version desc", state).firstResult();
    }

    /** The list in force at {@code instant}: the last version written before it, or null. */
    public StateApprovalList asOf(String state, Instant instant) {
        return find("key.state = ?1 and changedAt < ?2 order by key.version desc", state, instant).firstResult();
    }

    /**
     * Serializes writers of one state's list for the rest of the transaction, so two writes cannot both become
     * version n+1.
     */
    public void lockState(String state) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('state-approvals:' || ?1))")
                .setParameter(1, state).getSingleResult();
    }
}
