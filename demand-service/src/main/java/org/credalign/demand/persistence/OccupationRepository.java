package org.credalign.demand.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.credalign.demand.domain.Occupation;

@ApplicationScoped
public class OccupationRepository implements PanacheRepositoryBase<Occupation, String> {
}
