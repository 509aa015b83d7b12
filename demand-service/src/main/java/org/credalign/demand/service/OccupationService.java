package org.credalign.demand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.credalign.commons.problem.ProblemException;
import org.credalign.demand.domain.Occupation;
import org.credalign.demand.persistence.OccupationRepository;

@ApplicationScoped
public class OccupationService {

    private final OccupationRepository occupations;

    public OccupationService(OccupationRepository occupations) {
        this.occupations = occupations;
    }

    @Transactional
    public Occupation get(String soc) {
        if (soc == null || !soc.matches("\\d{2}-\\d{4}")) {
            throw ProblemException.badRequest("'" + soc + "' is not a SOC code of the form NN-NNNN",
                    java.util.List.of(org.credalign.commons.problem.FieldError.field("soc", "must match NN-NNNN")));
        }
        Occupation occupation = occupations.findById(soc);
        if (occupation == null) {
            throw ProblemException.notFound("no occupation with SOC code '" + soc + "'");
        }
        return occupation;
    }
}
