package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.credalign.attainment.domain.StateProfile;
import org.credalign.attainment.messaging.StateProfileChanged;
import org.credalign.attainment.persistence.StateProfileRepository;
import org.credalign.commons.api.SchoolYear;
import org.credalign.commons.outbox.OutboxAppender;
import org.credalign.commons.problem.ProblemException;

/** Stores state profiles and publishes each change (StateProfileChanged) through the outbox. */
@ApplicationScoped
public class StateProfileService {

    private final StateProfileRepository profiles;
    private final OutboxAppender outbox;

    public StateProfileService(StateProfileRepository profiles, OutboxAppender outbox) {
        this.profiles = profiles;
        this.outbox = outbox;
    }

    @Transactional
    public StateProfile get(String state, SchoolYear year) {
        StateProfile profile = profiles.findById(new StateProfile.Key(state, year.endYear()));
        if (profile == null) {
            throw ProblemException.notFound("no profile of " + state + " for " + year);
        }
        return profile;
    }

    /** Creates or replaces the profile; the same facts again change nothing (no new version, no event). */
    @Transactional
    public StateProfile put(StateProfile incoming, String changedBy) {
        profiles.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "profile:" + incoming.key.state() + ":" + incoming.key.schoolYear())
                .getSingleResult();
        StateProfile current = profiles.findById(incoming.key);
        if (current != null && current.sameFactsAs(incoming)) {
            return current;
        }
        StateProfile profile = current == null ? incoming : current;
        if (current != null) {
            copyFacts(incoming, current);
        }
        profile.version = current == null ? 1 : current.version + 1;
        profile.changedBy = changedBy;
        profile.changedAt = Instant.now();
        if (current == null) {
            profiles.persist(profile);
        }
        StateProfileChanged event = new StateProfileChanged(profile.key.state(),
                new SchoolYear(profile.key.schoolYear()).toString(), profile.collectsSecondary,
                profile.collectsPostsecondary, profile.vendorDataSharingAgreements, profile.credentialsInEssaPlan,
                profile.incentivePolicy, profile.maintainsApprovedList, profile.yearsOfDataAvailable,
                profile.highSchoolEnrollment, profile.cteConcentrators, profile.version, changedBy);
        outbox.append(StateProfileChanged.TOPIC, event.key(), StateProfileChanged.TYPE, event.version(), changedBy,
                event);
        return profile;
    }

    private static void copyFacts(StateProfile from, StateProfile to) {
        to.collectsSecondary = from.collectsSecondary;
        to.collectsPostsecondary = from.collectsPostsecondary;
        to.vendorDataSharingAgreements = from.vendorDataSharingAgreements;
        to.credentialsInEssaPlan = from.credentialsInEssaPlan;
        to.incentivePolicy = from.incentivePolicy;
        to.maintainsApprovedList = from.maintainsApprovedList;
        to.yearsOfDataAvailable = from.yearsOfDataAvailable;
        to.highSchoolEnrollment = from.highSchoolEnrollment;
        to.cteConcentrators = from.cteConcentrators;
    }
}
