package org.credalign.attainment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.credalign.attainment.domain.StateProfile;

@ApplicationScoped
public class StateProfileRepository implements PanacheRepositoryBase<StateProfile, StateProfile.Key> {
}
