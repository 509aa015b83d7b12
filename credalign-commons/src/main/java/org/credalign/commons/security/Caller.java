package org.credalign.commons.security;

import jakarta.enterprise.context.RequestScoped;
import org.credalign.commons.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller: who made a change, and the one place that decides whether the caller may act for a state: a state-submitter only for the state named in
 * its token's {@code state} claim. Call it after {@code @RolesAllowed} has established who the caller is.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** Throws 403 unless the token is a state-submitter for {@code state}. */
    public void requireSubmitterFor(String state) {
        Object claim = token.getClaim(Roles.STATE_CLAIM);
        String tokenState = claim == null ? null : claim.toString().replace("\"", "");
        if (!token.getGroups().contains(Roles.STATE_SUBMITTER) || !state.equalsIgnoreCase(tokenState)) {
            throw ProblemException.forbidden("this token may not write data for state '" + state + "'"
                    + (tokenState == null ? " (it has no state claim)" : " (it is for '" + tokenState + "')"));
        }
    }

    /** The token's subject, recorded as who made a change. */
    public String name() {
        String subject = token.getSubject();
        return subject == null ? "anonymous" : subject;
    }
}
