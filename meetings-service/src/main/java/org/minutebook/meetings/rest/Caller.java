package org.minutebook.meetings.rest;

import jakarta.enterprise.context.RequestScoped;

import org.minutebook.shared.security.Roles;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, as far as what they may see and do goes. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Officers and clerks read restricted (exempt) items; the public reads their number and title only. */
    public boolean seesRestricted() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.CLERK);
    }

    /** For an endpoint open to all that stores only for a clerk (an import that is not a dry run). */
    public void requireClerk() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.CLERK)) {
            throw new ForbiddenException("Only a clerk may record minutes; a dry run is open to all");
        }
    }
}
